/**
 * Test support for cortexflow: AssertJ assertions on workflows, so that a platform team unit-tests its Cortex
 * workflows like any other Java code.
 *
 * <p>Add the library to the project that holds your {@code WorkflowSource} classes, with test scope:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.cortexflow</groupId>
 *   <artifactId>cortexflow-testing</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * It brings {@code cortexflow-dsl} and {@code assertj-core} with it; bring your own JUnit (or any test runner).
 * Then import {@link dev.cortexflow.testing.CortexflowAssertions#assertThat(dev.cortexflow.model.Workflow)}
 * statically:
 *
 * <pre class="compilable">{@code
 * import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
 *
 * @Test
 * void every_deploy_is_approved() {
 *   assertThat(new DeployService().workflow())
 *       .isValid()
 *       .everyPathPasses("approve")
 *       .hasBlock("announce").readsFrom("choose");
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.cortexflow.testing.WorkflowAssert}: tag, variables, validation ({@code isValid},
 *       {@code hasViolation}), graph ({@code hasPath}, {@code runsBefore}, {@code everyPathPasses}), rendered
 *       YAML ({@code rendersTo}, {@code rendersToFile} with golden files) and semantic equality.</li>
 *   <li>{@link dev.cortexflow.testing.BlockAssert}: one block's type, root flag, successors, the blocks it reads
 *       from and its typed schema.</li>
 *   <li>{@link dev.cortexflow.testing.WorkflowPaths}: the root-to-end paths, for your own checks.</li>
 * </ul>
 *
 * Golden files: {@code rendersToFile} compares byte for byte; run the tests with {@code -Dgolden.update=true} to
 * rewrite differing files (never when the environment variable {@code CI} is set), review the change, re-run.
 */
package dev.cortexflow.testing;

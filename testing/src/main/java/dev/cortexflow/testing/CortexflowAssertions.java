package dev.cortexflow.testing;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.model.Workflow;
import java.util.List;

/**
 * Entry point of the cortexflow assertions: unit-test a workflow like any Java code.
 *
 * <p>Import it statically next to (or instead of) AssertJ's {@code Assertions}:
 *
 * <pre class="compilable">{@code
 * import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
 *
 * class DeployServiceTest {
 *   @Test
 *   void every_deploy_is_approved_and_announced() {
 *     Workflow wf = new DeployService().workflow();
 *
 *     assertThat(wf)
 *         .isValid()
 *         .everyPathPasses("approve")
 *         .runsBefore("approve", "deploy-prod")
 *         .hasBlock("announce").isOfType("SLACK").readsFrom("choose").hasNoSuccessors()
 *         .and()
 *         .rendersToFile(Path.of("src/test/resources/deploy-service.yaml"));
 *   }
 * }
 * }</pre>
 *
 * A failing check throws an {@link AssertionError} whose message names the workflow and the blocks, for example:
 *
 * <pre>{@code
 * Expecting workflow 'deploy-service' to pass block 'approve' on every path, but 1 of 2 paths does not:
 *   choose -> remember-environment -> route -> deploy-staging -> announce
 * }</pre>
 */
public final class CortexflowAssertions {

  private CortexflowAssertions() {}

  /**
   * Starts assertions on {@code workflow}.
   *
   * @param workflow the workflow under test, built with the DSL, read from YAML or built from the model
   * @return a fluent assertion on it
   */
  public static WorkflowAssert assertThat(Workflow workflow) {
    return new WorkflowAssert(workflow);
  }

  /**
   * Starts assertions on the workflows of one workspace taken together (named apart from {@code assertThat} so
   * that it never clashes with AssertJ's {@code assertThat(Collection)}).
   *
   * @param workflows the workflows, in the order messages should list them
   * @return a fluent assertion on the set
   */
  public static WorkflowSetAssert assertThatWorkflows(java.util.Collection<? extends Workflow> workflows) {
    return new WorkflowSetAssert(workflows == null ? null : List.copyOf(workflows),
        dev.cortexflow.testing.internal.GoldenFile.fromEnvironment());
  }

  /**
   * Starts assertions on a project's environments and workflow sources together: each source is built in each
   * environment through {@link WorkflowSource#workflows(dev.cortexflow.env.Environment)}.
   *
   * @param environments the project's declaration of its environments
   * @param sources the workflow sources, in the order messages should list their workflows
   * @return a fluent assertion on every environment
   * @throws IllegalArgumentException when the declaration lists no environment or one twice
   */
  public static EnvironmentsAssert assertThatEnvironments(WorkflowEnvironments environments,
      java.util.Collection<? extends WorkflowSource> sources) {
    return new EnvironmentsAssert(WorkflowEnvironments.of(environments), List.copyOf(sources));
  }

  /**
   * Starts assertions on a local run of a workflow ({@link WorkflowRun#run()}).
   *
   * @param result the run's result
   * @return the assertion
   */
  public static RunResultAssert assertThat(dev.cortexflow.engine.RunResult result) {
    return new RunResultAssert(result);
  }
}

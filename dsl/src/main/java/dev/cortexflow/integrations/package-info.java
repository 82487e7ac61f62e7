/**
 * Typed bindings for Cortex integration actions: one class per {@code actionIdentifier} of an
 * {@code ADVANCED_HTTP_REQUEST} block, in one sub-package per namespace ({@code cortex}, {@code github},
 * {@code gitlab}).
 *
 * <p>The classes in the sub-packages are generated from the catalogue {@code integrations.yaml} of the
 * {@code codegen} module and carry {@link dev.cortexflow.integrations.Generated}; each one builds an
 * {@link dev.cortexflow.model.block.AdvancedHttpRequest}:
 *
 * <pre class="compilable">{@code
 * AdvancedHttpRequest schema = CreateBranch.builder()
 *     .repo("acme/payments")
 *     .newBranch("release-1.4")
 *     .sha("{{actions.get-commit.outputs.sha}}")
 *     .build();
 * }</pre>
 *
 * <p>Inputs the catalogue does not know are set with {@code customInput(key, value)}.
 */
package dev.cortexflow.integrations;

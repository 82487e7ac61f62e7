/**
 * withcortex.ai Workflows from Java and from Cortex: {@link dev.cortexflow.withcortex.WithCortexClient} (built with
 * {@link dev.cortexflow.withcortex.WithCortexClientBuilder}) for workflows, runs, versions and discoverable
 * workflows, with its records; and {@link dev.cortexflow.withcortex.WithCortexBlocks}, a typed Cortex block that runs
 * a workflow with input. Failures are the {@link dev.cortexflow.client.CortexApiException} family.
 */
package dev.cortexflow.withcortex;

/**
 * Cloudflare Workflows from Java and from Cortex: {@link dev.cortexflow.cloudflare.CloudflareWorkflowsClient} (built
 * with {@link dev.cortexflow.cloudflare.CloudflareWorkflowsClientBuilder}) for workflows, instances, status changes,
 * events and versions, with its records; and {@link dev.cortexflow.cloudflare.CloudflareBlocks}, typed Cortex blocks
 * that start an instance, wait for it, or send it an event. Failures are the
 * {@link dev.cortexflow.client.CortexApiException} family.
 */
package dev.cortexflow.cloudflare;

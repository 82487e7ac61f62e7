/** Feign interface and JSON reading behind {@code CloudflareWorkflowsClient}; not API. */
package dev.cortexflow.cloudflare.internal;

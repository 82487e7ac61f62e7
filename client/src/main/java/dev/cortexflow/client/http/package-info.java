/**
 * The HTTP plumbing every cortexflow API client shares (Cortex, Cloudflare Workflows, withcortex.ai): the Feign
 * setup, error decoding into {@link dev.cortexflow.client.CortexApiException}, token redaction, the rolling-window
 * request limiter and the retrying caller. For cortexflow's own client modules; applications use the clients.
 */
package dev.cortexflow.client.http;

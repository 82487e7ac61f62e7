/** Feign interfaces, error decoding, retries and rate limiting behind {@code CortexClient}; not API. */
package dev.cortexflow.client.internal;

/** The Cortex API client: {@code CortexClient}. */
package dev.cortexflow.client;

/** Feign interface and JSON reading behind {@code WithCortexClient}; not API. */
package dev.cortexflow.withcortex.internal;

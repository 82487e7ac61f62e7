/**
 * Example workflows that call the other Workflows APIs (Cloudflare Workflows, withcortex.ai) from Cortex with the
 * typed blocks of {@code cortexflow-cloudflare-workflows} and {@code cortexflow-withcortex-workflows}. They are not
 * in {@code Examples.all()}, so the demo and the all-block-types checks stay about Cortex itself.
 */
package dev.cortexflow.examples.other;

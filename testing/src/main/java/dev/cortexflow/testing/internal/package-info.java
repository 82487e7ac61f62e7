/**
 * Implementation of the cortexflow test assertions: the block graph, the YAML line diff, the semantic comparison
 * and the golden-file policy. Not API: use {@link dev.cortexflow.testing.CortexflowAssertions} and
 * {@link dev.cortexflow.testing.WorkflowPaths}.
 */
package dev.cortexflow.testing.internal;

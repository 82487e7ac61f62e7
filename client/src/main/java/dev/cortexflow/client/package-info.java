/**
 * The Cortex API client: {@link dev.cortexflow.client.CortexClient} (built with
 * {@link dev.cortexflow.client.CortexClientBuilder}) for the Workflows API (list, get, create-or-update, validate,
 * delete, callback, runs) and the read-only Teams and Secrets look-ups; its small result types
 * ({@link dev.cortexflow.client.WorkflowSummary}, {@link dev.cortexflow.client.ValidationResult},
 * {@link dev.cortexflow.client.WorkflowRun}, ...); the unchecked {@link dev.cortexflow.client.CortexApiException}
 * family; and {@link dev.cortexflow.client.PreflightCheck} for team and secret references. The sync engine is in
 * {@code dev.cortexflow.client.sync}.
 */
package dev.cortexflow.client;

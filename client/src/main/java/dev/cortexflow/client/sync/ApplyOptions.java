package dev.cortexflow.client.sync;

import dev.cortexflow.validate.WorkflowValidator;
import java.util.Objects;

/**
 * How {@link SyncEngine#apply} runs.
 *
 * @param prunePolicy what to do with prune candidates
 * @param serverValidation whether each workflow to write is also checked by the server's validate endpoint
 * @param preflight whether team and secret references are checked against the workspace
 * @param concurrency how many writes run at once (1 to 16)
 * @param listener told after each write
 * @param validator the local validator every workflow must pass before anything is written
 *     ({@link WorkflowValidator#standard()} by default; {@link WorkflowValidator#allowingUnknownTypes()} to push a
 *     type Cortex added before cortexflow knows it)
 */
public record ApplyOptions(PrunePolicy prunePolicy, boolean serverValidation, boolean preflight, int concurrency,
    ProgressListener listener, WorkflowValidator validator) {

  /** Checks the components. */
  public ApplyOptions {
    Objects.requireNonNull(prunePolicy, "prunePolicy");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(validator, "validator");
    if (concurrency < 1 || concurrency > 16) {
      throw new IllegalArgumentException("concurrency " + concurrency + " is not valid: use 1 to 16");
    }
  }

  /** Prune policy IGNORE, local validation only (the standard validator), 4 writes at once, no listener. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(PrunePolicy.IGNORE, false, false, 4, ProgressListener.NONE, WorkflowValidator.standard());
  }

  /** These options with another prune policy. */
  public ApplyOptions withPrunePolicy(PrunePolicy policy) {
    return new ApplyOptions(policy, serverValidation, preflight, concurrency, listener, validator);
  }

  /** These options with the server's validate endpoint on or off. */
  public ApplyOptions withServerValidation(boolean enabled) {
    return new ApplyOptions(prunePolicy, enabled, preflight, concurrency, listener, validator);
  }

  /** These options with pre-flight team and secret checks on or off. */
  public ApplyOptions withPreflight(boolean enabled) {
    return new ApplyOptions(prunePolicy, serverValidation, enabled, concurrency, listener, validator);
  }

  /** These options with another concurrency. */
  public ApplyOptions withConcurrency(int writers) {
    return new ApplyOptions(prunePolicy, serverValidation, preflight, writers, listener, validator);
  }

  /** These options with a progress listener. */
  public ApplyOptions withListener(ProgressListener progress) {
    return new ApplyOptions(prunePolicy, serverValidation, preflight, concurrency, progress, validator);
  }

  /** These options with another local validator, such as the standard one with an organisation's rules. */
  public ApplyOptions withValidator(WorkflowValidator local) {
    return new ApplyOptions(prunePolicy, serverValidation, preflight, concurrency, listener, local);
  }
}

package dev.cortexflow.client.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one workflow during {@link SyncEngine#apply}.
 *
 * @param tag the workflow's tag
 * @param outcome what was done
 * @param error the failure's one-line message when {@code outcome} is {@link SyncOutcome#FAILED}
 */
public record SyncResult(String tag, SyncOutcome outcome, Optional<String> error) {

  /** Checks the components. */
  public SyncResult {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(error, "error");
  }

  static SyncResult of(String tag, SyncOutcome outcome) {
    return new SyncResult(tag, outcome, Optional.empty());
  }

  static SyncResult failed(String tag, String error) {
    return new SyncResult(tag, SyncOutcome.FAILED, Optional.of(error));
  }

  /** {@code updated deploy-service}, or {@code failed deploy-service: <error>}. */
  @Override
  public String toString() {
    return outcome.verb() + " " + tag + error.map(e -> ": " + e).orElse("");
  }
}

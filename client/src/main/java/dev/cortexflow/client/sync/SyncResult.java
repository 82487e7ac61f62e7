package dev.cortexflow.client.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one workflow during {@link SyncEngine#apply}.
 *
 * @param tag the workflow's tag
 * @param outcome what was done
 * @param error the failure's one-line message when {@code outcome} is {@link SyncOutcome#FAILED}
 * @param serviceFailure whether the failure was the server's, not the workflow's: it could not be reached or used
 *     ({@link dev.cortexflow.client.CortexApiException#isServiceFailure()}); false unless {@code outcome} is FAILED
 */
public record SyncResult(String tag, SyncOutcome outcome, Optional<String> error, boolean serviceFailure) {

  /** Checks the components. */
  public SyncResult {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(error, "error");
  }

  /** A result whose failure, if any, is not the server's. */
  public SyncResult(String tag, SyncOutcome outcome, Optional<String> error) {
    this(tag, outcome, error, false);
  }

  static SyncResult of(String tag, SyncOutcome outcome) {
    return new SyncResult(tag, outcome, Optional.empty());
  }

  static SyncResult failed(String tag, String error, boolean serviceFailure) {
    return new SyncResult(tag, SyncOutcome.FAILED, Optional.of(error), serviceFailure);
  }

  /** {@code updated deploy-service}, or {@code failed deploy-service: <error>}. */
  @Override
  public String toString() {
    return outcome.verb() + " " + tag + error.map(e -> ": " + e).orElse("");
  }
}

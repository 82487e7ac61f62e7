package dev.cortexflow.client.sync;

import dev.cortexflow.validate.Violation;
import java.util.Objects;

/**
 * A problem found while validating before any write; while there is one, {@link SyncEngine#apply} writes nothing.
 * It is the {@link Violation} that a local rule, the {@link dev.cortexflow.client.PreflightCheck} or the server's
 * validate endpoint ({@link dev.cortexflow.client.ServerViolation#CODE}) reported, with the workflow it was found in.
 *
 * @param tag the workflow's tag
 * @param violation what is wrong, where, and its code
 */
public record SyncProblem(String tag, Violation violation) {

  /** Checks the components. */
  public SyncProblem {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(violation, "violation");
  }

  /**
   * The code's name: a local validation code ({@code CYCLE}, ...), a pre-flight code ({@code UNKNOWN_TEAM},
   * {@code UNKNOWN_SECRET}) or {@code SERVER} for a violation the server's validate endpoint reported.
   */
  public String code() {
    return violation.code().name();
  }

  /** JSON pointer into the descriptor; empty for the whole document. */
  public String pointer() {
    return violation.pointer();
  }

  /** What is wrong. */
  public String message() {
    return violation.message();
  }

  /** {@code deploy-service: ERROR CYCLE at /actions/2: ...}. */
  @Override
  public String toString() {
    return tag + ": " + violation;
  }
}

package dev.cortexflow.client.sync;

import java.util.Objects;

/**
 * A problem found while validating before any write; while there is one, {@link SyncEngine#apply} writes nothing.
 *
 * @param tag the workflow's tag
 * @param code a local validation code ({@code CYCLE}, ...), a pre-flight code ({@code UNKNOWN_TEAM},
 *     {@code UNKNOWN_SECRET}) or {@code SERVER} for a violation the server's validate endpoint reported
 * @param pointer JSON pointer into the descriptor; empty for the whole document
 * @param message what is wrong
 */
public record SyncProblem(String tag, String code, String pointer, String message) {

  /** Checks the components. */
  public SyncProblem {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code deploy-service: ERROR CYCLE at /actions/2: ...}. */
  @Override
  public String toString() {
    return tag + ": ERROR " + code + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}

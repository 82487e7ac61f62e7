package dev.cortexflow.client;

import java.util.Objects;

/**
 * A reference in a workflow that does not resolve in the live workspace. Always an error: the workflow would be
 * stored but fail when it runs.
 *
 * @param tag the workflow's tag
 * @param code what kind of reference it is
 * @param pointer JSON pointer to the offending value, e.g. {@code /actions/2/schema/approvingTeamIds/0}
 * @param message one line naming the block and the value, e.g.
 *     {@code block 'approve' (actions[2]): approvingTeamIds names 'platfrom', which is no team}
 */
public record PreflightViolation(String tag, PreflightCode code, String pointer, String message) {

  /** Checks the components. */
  public PreflightViolation {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code ERROR UNKNOWN_TEAM at /actions/2/schema/approvingTeamIds/0: ...}, the shape of dsl violations. */
  @Override
  public String toString() {
    return "ERROR " + code + " at " + pointer + ": " + message;
  }
}

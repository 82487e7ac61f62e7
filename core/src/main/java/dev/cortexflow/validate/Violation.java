package dev.cortexflow.validate;

import java.util.Objects;

/**
 * One problem found in a workflow, by the reader, by the validator or by an organisation's own
 * {@link WorkflowRule}: a stable {@link RuleCode} (one of cortexflow's {@link ViolationCode}s or a rule's own), a
 * {@link Severity}, a JSON pointer into the descriptor ({@code /actions/3/outgoingActions/0}) and a message that
 * names the block and the fix.
 *
 * @param code the stable code: a {@link ViolationCode}, or a rule's own {@link RuleCode}
 * @param severity ERROR or WARNING
 * @param pointer RFC 6901 JSON pointer to the offending value ({@code ""} for the whole document)
 * @param message one line, naming the block and what to do
 */
public record Violation(RuleCode code, Severity severity, String pointer, String message) {

  /** Checks that no part is null. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Returns an ERROR. */
  public static Violation error(RuleCode code, String pointer, String message) {
    return new Violation(code, Severity.ERROR, pointer, message);
  }

  /** Returns a WARNING. */
  public static Violation warning(RuleCode code, String pointer, String message) {
    return new Violation(code, Severity.WARNING, pointer, message);
  }

  /** Whether this is an ERROR. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code ERROR UNKNOWN_TARGET at /actions/2/outgoingActions/0: message}. */
  @Override
  public String toString() {
    return severity + " " + code.name() + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}

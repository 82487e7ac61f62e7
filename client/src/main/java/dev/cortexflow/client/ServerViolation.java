package dev.cortexflow.client;

import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.Severity;
import dev.cortexflow.validate.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One violation reported by the server's validate endpoint ({@code ViolationDTO}).
 *
 * @param title short title, e.g. {@code Missing root action}; empty when the server sent none
 * @param description longer explanation; empty when the server sent none
 * @param pointer JSON-pointer-like location in the descriptor; empty when the server sent none
 * @param paths the paths the violation applies to (always present, possibly empty)
 * @param startLine first line in the submitted text, when known
 * @param endLine last line in the submitted text, when known
 * @param violationType {@code MUST}, {@code SHOULD}, {@code MAY} or {@code HINT}; empty when absent
 * @param ruleLink link to the rule's documentation, when sent
 */
public record ServerViolation(String title, String description, String pointer, List<String> paths,
    OptionalInt startLine, OptionalInt endLine, Optional<String> violationType, Optional<String> ruleLink) {

  /** Checks and copies the components. */
  public ServerViolation {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pointer, "pointer");
    paths = List.copyOf(paths);
    Objects.requireNonNull(startLine, "startLine");
    Objects.requireNonNull(endLine, "endLine");
    Objects.requireNonNull(violationType, "violationType");
    Objects.requireNonNull(ruleLink, "ruleLink");
  }

  /** The code of every violation the server's validate endpoint reports, as a {@link Violation}. */
  public static final RuleCode CODE = RuleCode.of("SERVER",
      "The Cortex server's validate endpoint rejected the workflow: fix what its message says.");

  /**
   * This violation as the project's one violation type: code {@link #CODE}, an ERROR when {@link #isBlocking()}
   * and a WARNING otherwise, the same pointer, and the title and description joined by {@code ": "} (either alone
   * when the other is empty).
   */
  public Violation toViolation() {
    String text = title.isEmpty() ? description : description.isEmpty() ? title : title + ": " + description;
    return new Violation(CODE, isBlocking() ? Severity.ERROR : Severity.WARNING, pointer, text);
  }

  /** Whether the server marks this violation {@code MUST}: the workflow is not accepted while it stands. */
  public boolean isBlocking() {
    return violationType.map("MUST"::equals).orElse(true);
  }

  /** One line: {@code MUST at /actions/0: Missing root action (lines 3-5)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(violationType.orElse("VIOLATION")).append(" at ")
        .append(pointer.isEmpty() ? "/" : pointer).append(": ").append(title.isEmpty() ? description : title);
    if (startLine.isPresent()) {
      sb.append(" (line ").append(startLine.getAsInt());
      if (endLine.isPresent() && endLine.getAsInt() != startLine.getAsInt()) {
        sb.append('-').append(endLine.getAsInt());
      }
      sb.append(')');
    }
    return sb.toString();
  }
}

package dev.cortexflow.client;

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

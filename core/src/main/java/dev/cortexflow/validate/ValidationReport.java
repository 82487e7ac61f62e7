package dev.cortexflow.validate;

import java.util.List;

/**
 * Every violation found in one workflow, errors first, in a stable order.
 *
 * @param violations the violations, never null
 */
public record ValidationReport(List<Violation> violations) {

  /** Copies the list. */
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** Whether any violation is an ERROR. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** The ERROR violations. */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }

  /** The WARNING violations. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).toList();
  }
}

package dev.cortexflow.codegen.internal;

import dev.cortexflow.model.WorkflowDifferences;
import dev.cortexflow.model.WorkflowDifferences.Change;
import dev.cortexflow.model.WorkflowDifferences.Difference;
import dev.cortexflow.model.WorkflowDifferences.Part;
import dev.cortexflow.model.Workflow;
import java.util.Optional;
import java.util.Set;

/**
 * The importer's round-trip check, on {@link WorkflowDifferences}: whether the rebuilt workflow means the same to
 * Cortex as the one read, and which blocks differ only in their {@code schema} (those are then written raw).
 */
final class Semantic {

  private Semantic() {}

  /**
   * The first difference between {@code expected} and {@code actual}, described in one line; empty when they are
   * equal. Blocks that differ only in their {@code schema} are added to {@code schemaOnly} instead.
   */
  static Optional<String> difference(Workflow expected, Workflow actual, Set<String> schemaOnly) {
    Set<String> otherwise = new java.util.LinkedHashSet<>();
    for (Difference d : WorkflowDifferences.between(expected, actual)) {
      if (d.part() == Part.SETTING) {
        return Optional.of("workflow settings differ");
      }
      if (d.part() == Part.VARIABLE) {
        return Optional.of("variables differ");
      }
      if (d.change() != Change.CHANGED) {
        return Optional.of("block '" + d.slug() + "' is " + (d.change() == Change.UNEXPECTED ? "added" : "missing"));
      }
      if (d.field().equals("schema")) {
        schemaOnly.add(d.slug());
      } else {
        otherwise.add(d.slug());
      }
    }
    if (!otherwise.isEmpty()) {
      schemaOnly.removeAll(otherwise);
      return Optional.of("block '" + otherwise.iterator().next() + "' differs");
    }
    return Optional.empty();
  }
}

package dev.cortexflow.codec;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What reading a descriptor gives: the workflow model and the problems found while reading it.
 *
 * <p>Reading is lenient: a wrongly typed, missing or unknown-typed field becomes a {@link Violation}
 * ({@code MISSING_FIELD}, {@code INVALID_VALUE}, {@code UNKNOWN_TYPE}, with a JSON pointer into the descriptor) and
 * the model is still built, with a neutral placeholder ({@code ""}, the field's default) where a value was unusable.
 * So reading always gives a workflow; check {@link #hasErrors()} before trusting it. Unknown keys
 * are kept in the {@code extensions()} of the value that owns them, unknown block types as
 * {@link dev.cortexflow.model.block.CustomBlock}, unknown input kinds as
 * {@link dev.cortexflow.model.input.CustomInput}.
 *
 * @param workflow the model read from the descriptor
 * @param violations read-time violations, in document order
 */
public record ReadResult(Workflow workflow, List<Violation> violations) {

  /** Checks for nulls and copies the list. */
  public ReadResult {
    Objects.requireNonNull(workflow, "workflow");
    violations = List.copyOf(violations);
  }

  /** Whether any violation is an ERROR. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** Only the ERROR violations. */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }
}

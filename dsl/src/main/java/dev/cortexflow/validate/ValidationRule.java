package dev.cortexflow.validate;

import java.util.List;

/** One whole-workflow rule: adds every violation it finds, never stops at the first. */
interface ValidationRule {

  /** Checks the workflow held by the context and adds what is wrong to {@code out}. */
  void check(ValidationContext context, List<Violation> out);
}

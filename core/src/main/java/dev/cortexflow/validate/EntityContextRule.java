package dev.cortexflow.validate;

import dev.cortexflow.model.GlobalFilter;
import java.util.List;

/** A GLOBAL workflow has no entity, so nothing in it may read {@code context.entity} (ENTITY_CONTEXT_IN_GLOBAL). */
final class EntityContextRule implements ValidationRule {

  @Override
  public void checkReference(ValidationContext context, LocatedReference ref, List<Violation> out) {
    if (ref.reference().readsEntity() && context.workflow().filter() instanceof GlobalFilter) {
      out.add(Violation.error(ViolationCode.ENTITY_CONTEXT_IN_GLOBAL, ref.pointer(), context.owner(ref)
          + ValidationContext.field(ref) + " reads " + ref.reference().statePath() + ", but the workflow is"
          + " GLOBAL and runs without an entity: set filter type ENTITY or remove the reference"));
    }
  }
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.VariableAssignment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables are declared once (DUPLICATE_VARIABLE), and every variable read by a reference or set by a
 * SET_VARIABLES block is declared (UNDECLARED_VARIABLE).
 */
final class VariableRule implements ValidationRule {

  @Override
  public void checkReference(ValidationContext context, LocatedReference ref, List<Violation> out) {
    FoundReference r = ref.reference();
    if (r.kind() == FoundReference.Kind.VARIABLE && !context.isDeclaredVariable(r.name())) {
      out.add(Violation.error(ViolationCode.UNDECLARED_VARIABLE, ref.pointer(), context.owner(ref)
          + ValidationContext.field(ref) + " reads variables." + r.name() + ", which is not declared ("
          + context.declaredVariables() + "): declare it under variables or fix the name"));
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int i, Block b, List<Violation> out) {
    if (b.schema() instanceof SetVariables set) {
      List<VariableAssignment> assignments = set.variables();
      for (int k = 0; k < assignments.size(); k++) {
        String slug = assignments.get(k).slug();
        if (!slug.isEmpty() && !context.isDeclaredVariable(slug)) {
          out.add(Violation.error(ViolationCode.UNDECLARED_VARIABLE,
              "/actions/" + i + "/schema/variables/" + k + "/slug", context.label(i) + ": schema.variables["
                  + k + "] sets variables." + slug + ", which is not declared (" + context.declaredVariables()
                  + "): declare it under variables or fix the name"));
        }
      }
    }
  }

  /** DUPLICATE_VARIABLE. */
  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    List<Variable> variables = context.workflow().variables();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      String slug = variables.get(i).slug();
      Integer earlier = first.putIfAbsent(slug, i);
      if (earlier != null) {
        out.add(Violation.error(ViolationCode.DUPLICATE_VARIABLE, "/variables/" + i + "/slug", "variable '"
            + slug + "' (variables[" + i + "]): slug is already declared by variables[" + earlier
            + "]: declare every variable once"));
      }
    }
  }
}

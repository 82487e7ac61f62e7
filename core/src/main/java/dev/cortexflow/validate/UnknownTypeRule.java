package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.CustomFilter;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.InputOverride;
import java.util.List;

/**
 * Types cortexflow does not know (UNKNOWN_TYPE): custom block, form field, filter, variable source and input
 * override types. An ERROR by default, as the Cortex server rejects a type it does not know, which a typo also
 * makes; a WARNING for {@link WorkflowValidator#allowingUnknownTypes()}, for a type Cortex added before
 * cortexflow knows it (its fields are then not checked). {@code NESTED_FORM_FIELD} is in Cortex's list of field
 * types but has no schema, so it is kept as a custom field without a violation.
 */
final class UnknownTypeRule implements ValidationRule {

  private static final String KNOWN_WITHOUT_SCHEMA = "NESTED_FORM_FIELD";

  private final Severity severity;

  UnknownTypeRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    if (context.workflow().filter() instanceof CustomFilter f) {
      out.add(unknown("/filter/type", "", "filter", f.type(), "GLOBAL, ENTITY"));
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    BlockSchema s = block.schema();
    if (!(s instanceof CustomBlock || s instanceof UserInput || s instanceof Scaffolder
        || s instanceof SetVariables)) {
      return;
    }
    String at = "/actions/" + i + "/schema";
    String owner = context.label(i) + ": ";
    if (s instanceof CustomBlock) {
      out.add(unknown(at + "/type", owner, "block", s.type(), "the 16 block types of spec §6"));
    } else if (s instanceof UserInput form) {
      for (int k = 0; k < form.inputs().size(); k++) {
        if (form.inputs().get(k) instanceof CustomInput c && !c.type().equals(KNOWN_WITHOUT_SCHEMA)) {
          out.add(unknown(at + "/inputs/" + k + "/type", owner, "form field", c.type(),
              "the 12 field types of spec §6.8"));
        }
      }
      overrides(out, at, owner, form.inputOverrides());
    } else if (s instanceof Scaffolder sc) {
      overrides(out, at, owner, sc.inputOverrides());
    } else if (s instanceof SetVariables sv) {
      for (int k = 0; k < sv.variables().size(); k++) {
        VariableSource src = sv.variables().get(k).source();
        if (src instanceof VariableSource.CustomSource) {
          out.add(unknown(at + "/variables/" + k + "/source/type", owner, "variable source", src.type(),
              "REFERENCE, JAVASCRIPT"));
        }
      }
    }
  }

  private void overrides(List<Violation> out, String at, String owner, List<InputOverride> overrides) {
    for (int k = 0; k < overrides.size(); k++) {
      if (overrides.get(k) instanceof InputOverride.CustomOverride c) {
        out.add(unknown(at + "/inputOverrides/" + k + "/type", owner, "input override", c.type(),
            "OPTION, VALUE"));
      }
    }
  }

  private Violation unknown(String pointer, String owner, String what, String type, String known) {
    String message = owner + what + " type '" + type + "' is unknown to cortexflow, so its fields are not checked:"
        + " check the spelling (known: " + known + ")";
    return severity == Severity.ERROR
        ? Violation.error(ViolationCode.UNKNOWN_TYPE, pointer, message + ", or allow unknown types if Cortex added it")
        : Violation.warning(ViolationCode.UNKNOWN_TYPE, pointer, message);
  }
}

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
 * Types cortexflow does not know (UNKNOWN_TYPE, WARNING): custom block, form field, filter, variable source and
 * input override types. They are WARNINGs, not ERRORs: Cortex adds types over time (9 block types in 2025, 16
 * in 2026), so an unknown type may be valid for the server; cortexflow only cannot check its fields. A typo shows
 * up here too, which is why it is reported at all. {@code NESTED_FORM_FIELD} is in Cortex's list of field types
 * but has no schema, so it is kept as a custom field without a warning.
 */
final class UnknownTypeRule implements ValidationRule {

  private static final String KNOWN_WITHOUT_SCHEMA = "NESTED_FORM_FIELD";

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    if (context.workflow().filter() instanceof CustomFilter f) {
      out.add(warning("/filter/type", "", "filter", f.type(), "GLOBAL, ENTITY"));
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
      out.add(warning(at + "/type", owner, "block", s.type(), "the 16 block types of spec §6"));
    } else if (s instanceof UserInput form) {
      for (int k = 0; k < form.inputs().size(); k++) {
        if (form.inputs().get(k) instanceof CustomInput c && !c.type().equals(KNOWN_WITHOUT_SCHEMA)) {
          out.add(warning(at + "/inputs/" + k + "/type", owner, "form field", c.type(),
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
          out.add(warning(at + "/variables/" + k + "/source/type", owner, "variable source", src.type(),
              "REFERENCE, JAVASCRIPT"));
        }
      }
    }
  }

  private static void overrides(List<Violation> out, String at, String owner, List<InputOverride> overrides) {
    for (int k = 0; k < overrides.size(); k++) {
      if (overrides.get(k) instanceof InputOverride.CustomOverride c) {
        out.add(warning(at + "/inputOverrides/" + k + "/type", owner, "input override", c.type(),
            "OPTION, VALUE"));
      }
    }
  }

  private static Violation warning(String pointer, String owner, String what, String type, String known) {
    return Violation.warning(ViolationCode.UNKNOWN_TYPE, pointer, owner + what + " type '" + type
        + "' is unknown to cortexflow, so its fields are not checked: check the spelling (known: " + known + ")");
  }
}

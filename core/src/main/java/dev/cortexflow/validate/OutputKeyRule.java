package dev.cortexflow.validate;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import java.util.List;
import java.util.TreeSet;

/**
 * A reference to {@code actions.<slug>.outputs.<key>} names an output its block has (UNKNOWN_OUTPUT_KEY): a field
 * key of a USER_INPUT form, or {@code result} of a JQ block (spec §6.5, §6.8). Other block types are not checked:
 * their outputs come from the other side (HTTP bodies, scripts' return values, integrations), and a SCAFFOLDER's
 * fields are its template's, which the descriptor does not list.
 */
final class OutputKeyRule implements ValidationRule {

  @Override
  public void checkReference(ValidationContext context, LocatedReference ref, List<Violation> out) {
    FoundReference r = ref.reference();
    if (r.kind() != FoundReference.Kind.ACTION || r.path().size() < 2 || !r.path().get(0).equals("outputs")) {
      return;
    }
    int writer = context.indexOf(r.name());
    if (writer < 0) {
      return; // UNKNOWN_ACTION_REFERENCE says what is wrong
    }
    String key = r.path().get(1);
    BlockSchema schema = context.blocks().get(writer).schema();
    if (schema instanceof UserInput form) {
      TreeSet<String> keys = new TreeSet<>();
      for (InputField field : form.inputs()) {
        keys.add(field.key());
      }
      if (!keys.contains(key)) {
        out.add(Violation.error(ViolationCode.UNKNOWN_OUTPUT_KEY, ref.pointer(), context.reads(ref)
            + ", but the form of '" + r.name() + "' has no field '" + key + "' ("
            + (keys.isEmpty() ? "the form has no fields" : "keys: " + ValidationContext.join(keys))
            + "): read one of its fields or add the field to the form"));
      }
    } else if (schema instanceof Jq && !key.equals("result")) {
      out.add(Violation.error(ViolationCode.UNKNOWN_OUTPUT_KEY, ref.pointer(), context.reads(ref)
          + ", but the JQ block '" + r.name() + "' has only the output 'result': read actions." + r.name()
          + ".outputs.result"));
    }
  }
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a USER_INPUT form have distinct keys (DUPLICATE_INPUT_KEY), and its inputOverrides name fields
 * of the form (UNKNOWN_INPUT_KEY). SCAFFOLDER overrides name template inputs, which are not in the descriptor.
 */
final class InputKeyRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    if (block.schema() instanceof UserInput form) {
      check(context, out, i, form);
    }
  }

  private static void check(ValidationContext context, List<Violation> out, int i, UserInput form) {
    String at = "/actions/" + i + "/schema";
    List<InputField> inputs = form.inputs();
    Map<String, Integer> keys = new HashMap<>();
    for (int k = 0; k < inputs.size(); k++) {
      String key = inputs.get(k).key();
      Integer earlier = keys.putIfAbsent(key, k);
      if (earlier != null && !key.isEmpty()) {
        out.add(Violation.error(ViolationCode.DUPLICATE_INPUT_KEY, at + "/inputs/" + k + "/key", context.label(i)
            + ": schema.inputs[" + k + "] has the key '" + key + "' of schema.inputs[" + earlier
            + "]: give every field its own key"));
      }
    }
    List<InputOverride> overrides = form.inputOverrides();
    for (int k = 0; k < overrides.size(); k++) {
      String key = overrides.get(k).inputKey();
      if (!key.isEmpty() && !keys.containsKey(key)) {
        out.add(Violation.error(ViolationCode.UNKNOWN_INPUT_KEY, at + "/inputOverrides/" + k + "/inputKey",
            context.label(i) + ": schema.inputOverrides[" + k + "] names the input '" + key + "', which is no"
                + " field of this form (" + (keys.isEmpty() ? "the form has no fields" : "keys: "
                + ValidationContext.join(new java.util.TreeSet<>(keys.keySet()))) + ")"));
      }
    }
  }
}

package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.ToggleInput;
import org.junit.jupiter.api.Test;

class InputKeyRuleTest {

  @Test
  void rejects_two_fields_with_one_key() {
    var form = block("form", UserInput.builder().addInputs(TextInput.builder().key("env").name("Env").build())
        .addInputs(ToggleInput.builder().key("env").name("Env again").build()).build()).withIsRootAction(true);
    assertThat(violations(workflow(form))).containsExactly(Violation.error(ViolationCode.DUPLICATE_INPUT_KEY,
        "/actions/0/schema/inputs/1/key", "block 'form' (actions[0]): schema.inputs[1] has the key 'env' of"
            + " schema.inputs[0]: give every field its own key"));
  }

  @Test
  void rejects_an_override_for_a_field_the_form_does_not_have() {
    var form = block("form", UserInput.builder().addInputs(TextInput.builder().key("env").name("Env").build())
        .addInputs(TextInput.builder().key("region").name("Region").build())
        .addInputOverrides(InputOverride.value("envv", "variables.env", false)).build()).withIsRootAction(true);
    var wf = workflow(form).addVariables(Variable.of("env", VariableType.STRING));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_INPUT_KEY,
        "/actions/0/schema/inputOverrides/0/inputKey", "block 'form' (actions[0]): schema.inputOverrides[0] names"
            + " the input 'envv', which is no field of this form (keys: env, region)"));
  }

  @Test
  void does_not_check_scaffolder_overrides_whose_keys_are_template_inputs() {
    var wf = workflow(block("scaffold", Scaffolder.builder().scaffolderTemplateId("t1")
        .addInputOverrides(InputOverride.value("name", "variables.env", false)).build()).withIsRootAction(true))
        .addVariables(Variable.of("env", VariableType.STRING));
    assertThat(violations(wf)).isEmpty();
  }
}

package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.CustomFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.ImmutableCustomOverride;
import dev.cortexflow.model.input.InputOverride;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownTypeRuleTest {

  @Test
  void rejects_a_block_type_cortexflow_does_not_know_as_the_server_does() {
    var wf = workflow(block("mail", CustomBlock.builder().type("EMAIL").build()).withIsRootAction(true));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_TYPE,
        "/actions/0/schema/type", "block 'mail' (actions[0]): block type 'EMAIL' is unknown to cortexflow, so its"
            + " fields are not checked: check the spelling (known: the 16 block types of spec §6), or allow"
            + " unknown types if Cortex added it"));
  }

  @Test
  void warns_about_a_block_type_cortexflow_does_not_know_when_unknown_types_are_allowed() {
    var wf = workflow(block("mail", CustomBlock.builder().type("EMAIL").build()).withIsRootAction(true)).build();
    assertThat(WorkflowValidator.allowingUnknownTypes().validate(wf).violations()).containsExactly(
        Violation.warning(ViolationCode.UNKNOWN_TYPE, "/actions/0/schema/type", "block 'mail' (actions[0]): block"
            + " type 'EMAIL' is unknown to cortexflow, so its fields are not checked: check the spelling (known:"
            + " the 16 block types of spec §6)"));
  }

  @Test
  void still_finds_references_in_the_fields_of_an_unknown_block() {
    var wf = workflow(block("mail", CustomBlock.builder().type("EMAIL")
        .putExtension("to", JsonValue.of("{{variables.to}}")).build()).withIsRootAction(true));
    assertThat(violations(wf)).extracting(Violation::code, Violation::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE, "/actions/0/schema/type"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNDECLARED_VARIABLE, "/actions/0/schema/to"));
  }

  @Test
  void warns_about_unknown_filter_field_source_and_override_types() {
    var form = block("form", UserInput.builder().addInputs(CustomInput.builder().type("COLOR_FIELD").key("c")
        .name("C").build()).addInputOverrides(ImmutableCustomOverride.builder().type("HIDE").inputKey("c").build())
        .build(), "set").withIsRootAction(true);
    var set = block("set", SetVariables.builder().addVariables(VariableAssignment.of("v",
        VariableSource.custom("LITERAL", Map.of()))).build());
    var wf = workflow(form, set).filter(CustomFilter.of("TEAM")).addVariables(Variable.of("v", VariableType.STRING));
    assertThat(WorkflowValidator.allowingUnknownTypes().validate(wf.build()).violations())
        .extracting(Violation::severity, Violation::pointer, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/filter/type", "filter type 'TEAM' is unknown to"
                + " cortexflow, so its fields are not checked: check the spelling (known: GLOBAL, ENTITY)"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/actions/0/schema/inputs/0/type", "block 'form'"
                + " (actions[0]): form field type 'COLOR_FIELD' is unknown to cortexflow, so its fields are not"
                + " checked: check the spelling (known: the 12 field types of spec §6.8)"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/actions/0/schema/inputOverrides/0/type",
                "block 'form' (actions[0]): input override type 'HIDE' is unknown to cortexflow, so its fields are"
                    + " not checked: check the spelling (known: OPTION, VALUE)"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/actions/1/schema/variables/0/source/type",
                "block 'set' (actions[1]): variable source type 'LITERAL' is unknown to cortexflow, so its fields"
                    + " are not checked: check the spelling (known: REFERENCE, JAVASCRIPT)"));
  }

  @Test
  void reports_an_unknown_override_type_in_a_scaffolder_block() {
    var make = block("make", Scaffolder.builder().scaffolderTemplateId("service").addInputOverrides(
        InputOverride.value("owner", "variables.owner", false),
        ImmutableCustomOverride.builder().type("HIDE").inputKey("c").build()).build()).withIsRootAction(true);

    assertThat(violations(workflow(make).addVariables(Variable.of("owner", VariableType.STRING))))
        .containsExactly(Violation.error(ViolationCode.UNKNOWN_TYPE, "/actions/0/schema/inputOverrides/1/type",
            "block 'make' (actions[0]): input override type 'HIDE' is unknown to cortexflow, so its fields are not"
                + " checked: check the spelling (known: OPTION, VALUE), or allow unknown types if Cortex added it"));
  }

  @Test
  void accepts_the_nested_form_field_cortex_lists_without_a_schema() {
    var form = block("form", UserInput.builder().addInputs(CustomInput.builder().type("NESTED_FORM_FIELD")
        .key("n").name("N").build()).build());
    assertThat(violations(workflow(form.withIsRootAction(true)))).isEmpty();
  }
}

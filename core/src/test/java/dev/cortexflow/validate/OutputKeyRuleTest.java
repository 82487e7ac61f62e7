package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.ToggleInput;
import org.junit.jupiter.api.Test;

class OutputKeyRuleTest {

  private static final UserInput FORM = UserInput.builder()
      .addInputs(TextInput.builder().key("version").name("Version").build())
      .addInputs(ToggleInput.builder().key("dryRun").name("Dry run").build()).build();

  @Test
  void rejects_a_reference_to_a_form_output_that_is_no_field_of_the_form() {
    var wf = workflow(block("choose", FORM).withIsRootAction(true).withOutgoingActions("say"),
        block("say", Slack.builder().channel("deploys").message("{{actions.choose.outputs.verison}}").build()));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_OUTPUT_KEY,
        "/actions/1/schema/message", "block 'say' (actions[1]): schema.message reads"
            + " actions.choose.outputs.verison, but the form of 'choose' has no field 'verison' (keys: dryRun,"
            + " version): read one of its fields or add the field to the form"));
  }

  @Test
  void accepts_references_to_every_field_of_the_form_and_below_them() {
    var wf = workflow(block("choose", FORM).withIsRootAction(true).withOutgoingActions("say"),
        block("say", Slack.builder().channel("deploys")
            .message("{{actions.choose.outputs.version}} {{actions.choose.outputs.dryRun.x}}").build()));
    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void rejects_a_reference_to_a_form_without_fields_saying_so() {
    var wf = workflow(block("choose", UserInput.builder().build()).withIsRootAction(true).withOutgoingActions("b"),
        jq("b").withSchema(Jq.of(".actions.\"choose\".outputs.version")));
    assertThat(violations(wf)).extracting(Violation::message).containsExactly("block 'b' (actions[1]):"
        + " schema.expression reads actions.choose.outputs.version, but the form of 'choose' has no field"
        + " 'version' (the form has no fields): read one of its fields or add the field to the form");
  }

  @Test
  void rejects_a_jq_output_other_than_result() {
    var wf = workflow(root("parse", "use"), jq("use").withSchema(Jq.of(".actions.\"parse\".outputs.body")));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_OUTPUT_KEY,
        "/actions/1/schema/expression", "block 'use' (actions[1]): schema.expression reads"
            + " actions.parse.outputs.body, but the JQ block 'parse' has only the output 'result': read"
            + " actions.parse.outputs.result"));
  }

  @Test
  void accepts_the_jq_result_the_whole_outputs_and_outputs_of_blocks_whose_keys_come_from_elsewhere() {
    var wf = workflow(root("parse", "call"),
        block("call", HttpRequest.builder().url("https://x.example.com/{{actions.parse.outputs.result}}")
            .httpMethod(HttpMethod.GET).build()).withOutgoingActions("scaffold"),
        block("scaffold", Scaffolder.builder().scaffolderTemplateId("t").build()).withOutgoingActions("use"),
        jq("use").withSchema(Jq.of("[.actions.\"call\".outputs.anything, .actions.\"parse\".outputs,"
            + " .actions.\"scaffold\".outputs.repo]")));
    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void reads_a_method_called_on_outputs_in_javascript_as_no_output_key() {
    var wf = workflow(root("parse", "format"), block("format", JavaScript.builder().script("return"
        + " actions[\"parse\"].outputs.hasOwnProperty(\"result\") ? actions[\"parse\"].outputs.result.toFixed(1)"
        + " : actions[\"parse\"].outputs.body;").build()));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_OUTPUT_KEY,
        "/actions/1/schema/script", "block 'format' (actions[1]): schema.script reads actions.parse.outputs.body,"
            + " but the JQ block 'parse' has only the output 'result': read actions.parse.outputs.result"));
  }

  @Test
  void checks_response_templates_too() {
    var wf = workflow(block("choose", FORM).withIsRootAction(true))
        .runResponseTemplate("Deployed {{actions.choose.outputs.release}}");
    assertThat(violations(wf)).extracting(Violation::code, Violation::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_OUTPUT_KEY,
            "/runResponseTemplate"));
  }
}

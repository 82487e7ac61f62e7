package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.validate.FoundReference.Kind;
import dev.cortexflow.validate.FoundReference.Syntax;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReferenceScannerTest {

  private static FoundReference ref(Kind kind, String name, List<String> path, Syntax syntax, int start, int end) {
    return new FoundReference(kind, name, path, syntax, start, end);
  }

  @Test
  void finds_mustache_tags_with_their_whole_span() {
    String text = "Hi {{actions.deploy.outputs.url}} and {{{variables.body}}} and {{&context.secrets.cortex_api_key}}";
    assertThat(ReferenceScanner.scan(text)).containsExactly(
        ref(Kind.ACTION, "deploy", List.of("outputs", "url"), Syntax.MUSTACHE, 3, 33),
        ref(Kind.VARIABLE, "body", List.of(), Syntax.MUSTACHE_RAW, 38, 58),
        ref(Kind.SECRET, "cortex_api_key", List.of(), Syntax.MUSTACHE_RAW, 63, text.length()));
  }

  @Test
  void reads_hyphenated_names_and_blanks_inside_mustache() {
    assertThat(ReferenceScanner.scan("{{ variables.github-owner }}")).containsExactly(
        ref(Kind.VARIABLE, "github-owner", List.of(), Syntax.MUSTACHE, 0, 28));
  }

  @Test
  void reports_a_section_once_and_ignores_names_relative_to_it() {
    String text = "{{#context.initiatedBy.roles}}\nrole name: {{name}}\n{{/context.initiatedBy.roles}}";
    assertThat(ReferenceScanner.scan(text)).containsExactly(
        ref(Kind.CONTEXT, "initiatedBy", List.of("roles"), Syntax.MUSTACHE_SECTION, 0, 30));
  }

  @Test
  void finds_the_async_callback_url() {
    assertThat(ReferenceScanner.scan("a={{callbackUrl}}&b={{{callbackUrl}}}")).extracting(FoundReference::kind,
        FoundReference::syntax).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.CALLBACK_URL, Syntax.MUSTACHE),
            org.assertj.core.groups.Tuple.tuple(Kind.CALLBACK_URL, Syntax.MUSTACHE_RAW));
  }

  @Test
  void finds_jq_paths_with_quoted_and_plain_keys() {
    String text = "[.actions.\"get-file\".outputs.response[].name] | .variables.env, .context.entity.tag";
    assertThat(ReferenceScanner.scan(text)).containsExactly(
        ref(Kind.ACTION, "get-file", List.of("outputs", "response"), Syntax.JQ, 1, 37),
        ref(Kind.VARIABLE, "env", List.of(), Syntax.JQ, 48, 62),
        ref(Kind.CONTEXT, "entity", List.of("tag"), Syntax.JQ, text.indexOf(".context"), text.length()));
  }

  @Test
  void does_not_read_a_member_of_a_jq_variable_as_a_reference() {
    assertThat(ReferenceScanner.scan("$j.actions.x | .name[0:5] | .a.variables.y")).isEmpty();
  }

  @Test
  void finds_cel_and_javascript_member_access() {
    String text = "actions[\"user-input\"].outputs.publish == true && variables['env'] != '' || context.entity.tag";
    assertThat(ReferenceScanner.scan(text)).containsExactly(
        ref(Kind.ACTION, "user-input", List.of("outputs", "publish"), Syntax.CEL_JS, 0, 37),
        ref(Kind.VARIABLE, "env", List.of(), Syntax.CEL_JS, 49, 65),
        ref(Kind.CONTEXT, "entity", List.of("tag"), Syntax.CEL_JS, text.indexOf("context"), text.length()));
  }

  @Test
  void ends_a_cel_or_javascript_reference_before_a_method_called_on_it() {
    String text = "actions[\"calc\"].outputs.ratio.toFixed(1) + variables.name.trim()";
    assertThat(ReferenceScanner.scan(text)).containsExactly(
        ref(Kind.ACTION, "calc", List.of("outputs", "ratio"), Syntax.CEL_JS, 0, 29),
        ref(Kind.VARIABLE, "name", List.of(), Syntax.CEL_JS, 43, 57));
  }

  @Test
  void ignores_look_alikes_in_prose_urls_and_strings() {
    String text = "see .github/actions/x, github-actions.yml, obj.actions.x, \"actions.x\", inputs.cortex_callback_url,"
        + " the actions. and variables: [] and {{name}} and {{! actions.x }}";
    assertThat(ReferenceScanner.scan(text)).isEmpty();
  }

  @Test
  void does_not_report_the_path_inside_a_mustache_tag_twice() {
    assertThat(ReferenceScanner.scan("{{actions.a.outputs.b}}")).hasSize(1);
  }

  @Test
  void reads_a_state_path_as_a_whole() {
    assertThat(ReferenceScanner.scanStatePath("actions.parse-repo.outputs.result.owner")).contains(
        ref(Kind.ACTION, "parse-repo", List.of("outputs", "result", "owner"), Syntax.STATE_PATH, 0, 39));
    assertThat(ReferenceScanner.scanStatePath("variables.github-owner")).map(FoundReference::statePath)
        .contains("variables.github-owner");
    assertThat(ReferenceScanner.scanStatePath("not a path")).isEmpty();
  }

  @Test
  void prints_a_reference_as_a_state_path() {
    assertThat(ReferenceScanner.scan("{{&context.secrets.token}} .actions.\"a-b\".outputs"))
        .extracting(FoundReference::statePath).containsExactly("context.secrets.token", "actions.a-b.outputs");
  }

  @Test
  void scans_every_string_of_a_workflow_with_its_pointer_and_block() {
    // given
    var form = block("form", UserInput.builder()
        .addInputs(TextInput.builder().key("owner").name("Owner").defaultValue("{{context.initiatedBy.email}}")
            .build())
        .addInputOverrides(InputOverride.value("owner", "variables.owner", true)).build(), "set")
        .withIsRootAction(true);
    var set = block("set", SetVariables.builder().addVariables(VariableAssignment.of("owner",
        VariableSource.reference("actions.form.outputs.owner"))).build(), "say")
        .withExtensions(java.util.Map.of("note", JsonValue.of("{{variables.owner}}")));
    var say = block("say", Slack.builder().channel("ops").message("by {{variables.owner}}").build());
    Workflow wf = Fixtures.workflow(form, set, say).runResponseTemplate("{{actions.say.outputs.ts}}").build();

    // when
    List<LocatedReference> refs = ReferenceScanner.scan(wf);

    // then
    assertThat(refs).extracting(LocatedReference::pointer, LocatedReference::blockIndex,
        r -> r.reference().statePath()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/runResponseTemplate", OptionalInt.empty(), "actions.say.outputs.ts"),
            org.assertj.core.groups.Tuple.tuple("/actions/0/schema/inputs/0/defaultValue", OptionalInt.of(0),
                "context.initiatedBy.email"),
            org.assertj.core.groups.Tuple.tuple("/actions/0/schema/inputOverrides/0/outputVariable", OptionalInt.of(0),
                "variables.owner"),
            org.assertj.core.groups.Tuple.tuple("/actions/1/schema/variables/0/source/path", OptionalInt.of(1),
                "actions.form.outputs.owner"),
            org.assertj.core.groups.Tuple.tuple("/actions/1/note", OptionalInt.of(1), "variables.owner"),
            org.assertj.core.groups.Tuple.tuple("/actions/2/schema/message", OptionalInt.of(2), "variables.owner"));
  }

  @Test
  void scans_a_very_long_string_in_one_pass() {
    String text = "{{variables.x}} ".repeat(50_000);
    assertThat(ReferenceScanner.scan(text)).hasSize(50_000);
  }
}

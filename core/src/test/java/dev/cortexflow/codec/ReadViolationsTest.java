package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.validate.Severity;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.codec.testkit.ModelFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrongly typed, missing and unknown fields become violations with JSON pointers; the model is still built. */
class ReadViolationsTest {
  private static final String BLOCK = """
      - name: Say
        slug: say
        schema:
          type: JQ
          expression: .
        outgoingActions: []
        isRootAction: true
      """;

  @Test
  void reports_missing_required_fields_as_errors() {
    // when
    ReadResult result = WorkflowYaml.read("isDraft: false\nfilter: {type: GLOBAL}\nactions:\n- slug: a\n");

    // then
    assertThat(result.violations()).extracting(Violation::code, Violation::severity, Violation::pointer,
        Violation::message).containsExactly(
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/name", "workflow: missing required field 'name'"),
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/tag", "workflow: missing required field 'tag'"),
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/actions/0/name",
            "block 'a' (actions[0]): missing required field 'name'"),
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/actions/0/schema",
            "block 'a' (actions[0]): missing required field 'schema'"),
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/actions/0/outgoingActions",
            "block 'a' (actions[0]): missing required field 'outgoingActions'"),
        tuple(ViolationCode.MISSING_FIELD, Severity.ERROR, "/actions/0/isRootAction",
            "block 'a' (actions[0]): missing required field 'isRootAction'"));
    assertThat(result.workflow().name()).isEmpty();
  }

  @Test
  void fields_the_server_defaults_give_no_violation_and_are_written_back() {
    // given
    String yaml = """
        name: Scoped
        tag: scoped
        isDraft: false
        filter:
          type: ENTITY
        actions:
        - name: Ask
          slug: ask
          schema:
            type: USER_INPUT
            inputs:
            - type: SELECT_FIELD
              key: env
              name: Environment
              required: true
              options: [dev, prod]
          outgoingActions: []
          isRootAction: true
        """;

    // when
    ReadResult result = WorkflowYaml.read(yaml);
    String written = WorkflowYaml.write(result.workflow());

    // then
    assertThat(result.violations()).isEmpty();
    assertThat(((EntityFilter) result.workflow().filter()).ownershipScope())
        .isEqualTo(OwnershipScope.ALL);
    assertThat(written).contains("  ownershipScope: ALL\n", "variables: []\n", "    inputOverrides: []\n",
        "      allowAdditionalOptions: false\n", "restrictActionCompletionToRunnerUser: false\n");
  }

  @Test
  void reports_wrong_types_and_keeps_building() {
    // given
    String yaml = "name: W\ntag: w\nisDraft: 'no'\nfilter: GLOBAL\nvariables: {}\nactions:\n" + BLOCK
        .replace("outgoingActions: []", "outgoingActions: [1, {a: b}]");

    // when
    ReadResult result = WorkflowYaml.read(yaml);

    // then
    assertThat(result.violations()).extracting(Violation::severity, Violation::pointer, Violation::message)
        .containsExactly(
            tuple(Severity.ERROR, "/isDraft", "workflow: 'isDraft' must be a boolean (true or false), got string 'no'"),
            tuple(Severity.ERROR, "/filter", "workflow: 'filter' must be a mapping, got string 'GLOBAL'"),
            tuple(Severity.ERROR, "/variables", "workflow: 'variables' must be a list, got object"),
            tuple(Severity.ERROR, "/actions/0/outgoingActions/1",
                "block 'say' (actions[0]): 'outgoingActions[1]' must be a string, got object"));
    assertThat(result.workflow().actions().get(0).outgoingActions()).containsExactly("1");
  }

  @Test
  void reads_numbers_and_booleans_in_string_fields_as_their_text_with_a_warning() {
    ReadResult result = WorkflowYaml.read("name: 0123\ntag: w\nisDraft: false\nfilter: {type: GLOBAL}\nactions: []\n");

    assertThat(result.workflow().name()).isEqualTo("0123");
    assertThat(result.violations()).extracting(Violation::code, Violation::severity, Violation::message)
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, Severity.WARNING,
            "workflow: 'name' should be a string, got number 0123; read as '0123'"));
  }

  @Test
  void keeps_unknown_keys_at_every_level_and_writes_them_after_the_known_ones() {
    // given
    String yaml = """
        zeta: 1
        name: W
        tag: w
        isDraft: false
        filter: {type: GLOBAL, extra: true}
        actions:
        - name: Call
          slug: call
          note: kept
          schema:
            type: HTTP_REQUEST
            url: https://x.y
            httpMethod: GET
            headers: {}
            retries: 3
          outgoingActions: []
          isRootAction: true
        """;

    // when
    Workflow workflow = WorkflowYaml.read(yaml).workflow();
    String written = WorkflowYaml.write(workflow);

    // then
    assertThat(workflow.extensions()).containsEntry("zeta", JsonValue.of(1));
    assertThat(workflow.filter().extensions()).containsEntry("extra", JsonValue.of(true));
    assertThat(workflow.actions().get(0).extensions()).containsEntry("note", JsonValue.of("kept"));
    assertThat(((HttpRequest) workflow.actions().get(0).schema()).extensions())
        .isEqualTo(Map.of("retries", JsonValue.of(3)));
    assertThat(written).startsWith("name: W\n").endsWith("restrictActionCompletionToRunnerUser: false\nzeta: 1\n")
        .contains("  extra: true\n", "    retries: 3\n  outgoingActions: []\n  isRootAction: true\n  note: kept\n");
  }

  @Test
  void reports_an_unknown_block_type_as_an_error_saying_the_fix_and_keeps_it() {
    String yaml = "name: W\ntag: w\nisDraft: false\nfilter: {type: GLOBAL}\nactions:\n"
        + BLOCK.replace("type: JQ", "type: RUN_WORKFLOW");

    ReadResult result = WorkflowYaml.read(yaml);

    assertThat(result.violations()).extracting(Violation::code, Violation::severity, Violation::pointer)
        .containsExactly(tuple(ViolationCode.UNKNOWN_TYPE, Severity.ERROR, "/actions/0/schema/type"));
    assertThat(result.violations().get(0).message()).startsWith(
        "block 'say' (actions[0]): unknown block type 'RUN_WORKFLOW'; kept as is (known types: HTTP_REQUEST, ")
        .endsWith(", JIRA_CREATE_ISSUE): check the spelling, or allow unknown types if Cortex added it");
    assertThat(WorkflowYaml.write(result.workflow())).contains("    type: RUN_WORKFLOW\n    expression: .\n");
  }

  @Test
  void reports_every_kind_of_unknown_type_as_an_error_by_default_and_as_a_warning_when_allowed() {
    String yaml = WorkflowYaml.write(ModelFixtures.customTypes());
    String fix = ": check the spelling, or allow unknown types if Cortex added it";

    ReadResult strict = WorkflowYaml.read(yaml);
    ReadResult allowing = WorkflowReader.read(yaml, "newer.yaml", ReadOptions.defaults().allowingUnknownTypes());

    assertThat(strict.violations()).extracting(Violation::severity, Violation::pointer, Violation::message)
        .containsExactly(
            tuple(Severity.ERROR, "/filter/type", "filter: unknown filter type 'TEAM'; use GLOBAL or ENTITY" + fix),
            tuple(Severity.ERROR, "/actions/0/schema/type", "block 'run' (actions[0]): unknown block type "
                + "'RUN_WORKFLOW'; kept as is (known types: HTTP_REQUEST, ADVANCED_HTTP_REQUEST, HTTP_REQUEST_ASYNC, "
                + "SCAFFOLDER, USER_INPUT, JQ, SLACK, MANUAL_APPROVAL, CONDITIONAL_BRANCH, "
                + "GITHUB_CREATE_OR_UPDATE_FILE, MS_TEAMS_SEND_MESSAGE, JAVASCRIPT, SET_VARIABLES, AWS, "
                + "PAGERDUTY_CREATE_INCIDENT, JIRA_CREATE_ISSUE)" + fix),
            // in Cortex's list of field types, without a published schema: the server accepts it
            tuple(Severity.WARNING, "/actions/1/schema/inputs/0/type", "block 'form' (actions[1]) inputs[0] input "
                + "'nested' (inputs[0]): input type 'NESTED_FORM_FIELD' has no published schema; kept as is"),
            tuple(Severity.ERROR, "/actions/1/schema/inputOverrides/0/type", "block 'form' (actions[1]) "
                + "inputOverrides[0]: unknown override type 'DEFAULT'; use OPTION or VALUE" + fix),
            tuple(Severity.ERROR, "/actions/2/schema/variables/0/source/type", "block 'set' (actions[2]) "
                + "variables[0] source: unknown source type 'LITERAL'; use REFERENCE or JAVASCRIPT" + fix));
    assertThat(allowing.violations()).extracting(Violation::code).containsOnly(ViolationCode.UNKNOWN_TYPE);
    assertThat(allowing.violations()).extracting(Violation::severity, Violation::pointer, Violation::message)
        .containsExactlyElementsOf(strict.violations().stream().map(v -> tuple(Severity.WARNING, v.pointer(),
            v.message().replace(fix, ""))).toList());
    assertThat(allowing.workflow()).isEqualTo(strict.workflow()).isEqualTo(ModelFixtures.customTypes());
  }

  @Test
  void null_means_absent_for_optional_fields() {
    String yaml = "name: W\ntag: w\ndescription: null\niconTag: ~\nisDraft: false\nfilter: {type: GLOBAL}\n"
        + "actions:\n" + BLOCK;

    Workflow workflow = WorkflowYaml.read(yaml).workflow();

    assertThat(workflow.description()).isEmpty();
    assertThat(workflow.iconTag()).isEmpty();
    assertThat(WorkflowYaml.write(workflow)).doesNotContain("description", "iconTag");
  }

  @Test
  void reads_json_and_yaml_with_comments_and_resolves_mapping_aliases() {
    String yaml = """
        # a comment
        name: W # trailing comment
        tag: w
        isDraft: false
        filter: &f {type: GLOBAL}
        x-copy: *f
        actions: []
        """;
    String json = "{\"name\": \"W\", \"tag\": \"w\", \"isDraft\": false, \"filter\": {\"type\": \"GLOBAL\"},"
        + " \"x-copy\": {\"type\": \"GLOBAL\"}, \"actions\": []}";

    Workflow fromYaml = WorkflowReader.read(yaml, "w.yaml").workflow();
    Workflow fromJson = WorkflowReader.read(json, "w").workflow();

    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.extensions()).containsEntry("x-copy", JsonValue.object(Map.of("type", JsonValue.of("GLOBAL"))));
  }

  @Test
  void strips_a_byte_order_mark() {
    ReadResult result = WorkflowReader.read("\uFEFFname: W\ntag: w\nisDraft: false\nfilter: {type: GLOBAL}\n"
        + "actions: []\n", "w.yaml");

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void a_select_field_without_allow_additional_options_reads_as_false() {
    String yaml = "name: W\ntag: w\nisDraft: false\nfilter: {type: GLOBAL}\nactions:\n" + BLOCK.replace(
        "type: JQ\n    expression: .", "type: USER_INPUT\n    inputs:\n    - {type: SELECT_FIELD, key: k, name: K,"
            + " required: false, options: [a]}\n    inputOverrides: []");

    ReadResult result = WorkflowYaml.read(yaml);

    assertThat(result.violations()).isEmpty();
    assertThat(((dev.cortexflow.model.block.UserInput) result.workflow().actions().get(0).schema())
        .inputs()).first().isInstanceOfSatisfying(SelectInput.class, s -> assertThat(s.allowAdditionalOptions())
        .isFalse());
    assertThat(Jq.of(".").type()).isEqualTo("JQ");
  }

  @Test
  void a_lone_surrogate_in_a_string_or_key_is_an_invalid_value_at_its_pointer_in_yaml_and_json() {
    // given: Java's \\uD800 below is the six characters of the escape, which YAML and JSON read as a lone surrogate
    String yaml = "name: \"Deploy \\uD800\"\ntag: w\nisDraft: false\nfilter: {type: GLOBAL}\nactions:\n"
        + BLOCK.replace("expression: .", "expression: .\n    \"k\\uDC00\": x");
    String json = "{\"name\": \"ok\", \"tag\": \"w\", \"isDraft\": false, \"filter\": {\"type\": \"GLOBAL\"},"
        + " \"actions\": [], \"iconTag\": \"a\\ud83d\"}";

    // when
    ReadResult fromYaml = WorkflowReader.read(yaml, "w.yaml");
    ReadResult fromJson = WorkflowReader.read(json, "w.json");

    // then
    assertThat(fromYaml.violations()).extracting(Violation::code, Violation::severity, Violation::pointer,
        Violation::message).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, Severity.ERROR, "/name", "the string holds a lone surrogate U+D800 at"
            + " character 8, which is no Unicode text; remove it or write the whole character"),
        tuple(ViolationCode.INVALID_VALUE, Severity.ERROR, "/actions/0/schema/k\uFFFD",
            "the key holds a lone surrogate U+DC00 at character 2, which is no Unicode text; remove it or write"
                + " the whole character"));
    assertThat(fromYaml.workflow().name()).isEqualTo("Deploy \uFFFD");
    assertThat(fromJson.violations()).extracting(Violation::pointer, Violation::message).containsExactly(
        tuple("/iconTag", "the string holds a lone surrogate U+D83D at character 2, which is no Unicode text;"
            + " remove it or write the whole character"));
    assertThat(WorkflowJson.write(fromJson.workflow())).contains("\"iconTag\": \"a\uFFFD\"");
  }

  @Test
  void a_surrogate_pair_written_as_two_escapes_is_one_character_and_no_violation() {
    ReadResult result = WorkflowReader.read("{\"name\": \"\\ud83d\\ude00\", \"tag\": \"w\", \"isDraft\": false,"
        + " \"filter\": {\"type\": \"GLOBAL\"}, \"actions\": []}", "w.json");

    assertThat(result.violations()).isEmpty();
    assertThat(result.workflow().name()).isEqualTo("😀");
  }
}

package dev.cortexflow.sandbox;

import static dev.cortexflow.sandbox.RunsTest.block;
import static dev.cortexflow.sandbox.RunsTest.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How each block type behaves in a sandbox run: the run engine evaluates CEL, jq, JavaScript and Mustache. */
class RunSemanticsTest {
  private static final String BRANCHING =
      "name: Release\n"
          + "tag: release\n"
          + "isRunnableViaApi: true\n"
          + "filter: {type: ENTITY, ownershipScope: OWNER}\n"
          + "variables:\n"
          + "  - {slug: env, type: STRING, defaultValue: staging}\n"
          + "  - {slug: approved-by, type: STRING}\n"
          + "actions:\n"
          + "  - name: Ask\n"
          + "    slug: ask\n"
          + "    isRootAction: true\n"
          + "    outgoingActions: [approve]\n"
          + "    schema:\n"
          + "      type: USER_INPUT\n"
          + "      inputs:\n"
          + "        - {type: TOGGLE_FIELD, key: publish, name: Publish, required: true, defaultValue: false}\n"
          + "        - {type: INPUT_FIELD, key: owner, name: Owner, required: false}\n"
          + "        - {type: INPUT_FIELD, key: region, name: Region, required: false, defaultValue: eu}\n"
          + "      inputOverrides:\n"
          + "        - {type: VALUE, inputKey: owner, outputVariable: variables.env, editable: false}\n"
          + "  - name: Approve\n"
          + "    slug: approve\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: [remember]\n"
          + "    schema: {type: MANUAL_APPROVAL, approvingTeamIds: [t1]}\n"
          + "  - name: Remember\n"
          + "    slug: remember\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: [branch]\n"
          + "    schema:\n"
          + "      type: SET_VARIABLES\n"
          + "      variables:\n"
          + "        - {slug: approved-by, source: {type: REFERENCE, path: context.entity.tag}}\n"
          + "  - name: Branch\n"
          + "    slug: branch\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: [publish, unknown-path, skip]\n"
          + "    schema:\n"
          + "      type: CONDITIONAL_BRANCH\n"
          + "      branches:\n"
          + "        - name: Clever\n"
          + "          slug: clever\n"
          + "          type: CONDITIONAL\n"
          + "          expression: 'size(variables.env) > 10'\n"
          + "          outgoingAction: unknown-path\n"
          + "        - name: Publish\n"
          + "          slug: do-publish\n"
          + "          type: CONDITIONAL\n"
          + "          expression: 'actions[\"ask\"].outputs.publish == true && variables[\"env\"] != \"dev\"'\n"
          + "          outgoingAction: publish\n"
          + "      fallbackBranch: {name: Skip, slug: skip-path, type: FALLBACK, outgoingAction: skip}\n"
          + "      joiningAction: done\n"
          + "  - {name: Publish, slug: publish, isRootAction: false, outgoingActions: [done],"
          + " schema: {type: JQ, expression: '.variables.\"approved-by\"'}}\n"
          + "  - {name: Unknown, slug: unknown-path, isRootAction: false, outgoingActions: [done],"
          + " schema: {type: JAVASCRIPT, script: 'return 1'}}\n"
          + "  - {name: Skip, slug: skip, isRootAction: false, outgoingActions: [done],"
          + " schema: {type: JQ, expression: 'error(\"not published\")'}}\n"
          + "  - name: Done\n"
          + "    slug: done\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: []\n"
          + "    schema:\n"
          + "      type: ADVANCED_HTTP_REQUEST\n"
          + "      actionIdentifier: github.createRelease\n"
          + "      inputs: {repo: '{{context.entity.tag}}', tag_name: 'v-{{actions.publish.outputs.result}}'}\n";

  private static CortexSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() {
    sandbox = CortexSandbox.startDefault();
    api = new Api(sandbox);
    assertThat(api.post("/api/v1/workflows", BRANCHING, "application/yaml").status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static JsonNode run(String initialContext) {
    Api.Response response =
        api.postJson(
            "/api/v1/workflows/release/runs",
            "{\"scope\":{\"type\":\"ENTITY\",\"entityId\":\"billing\"},\"initialContext\":" + initialContext + "}");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  void an_evaluable_true_condition_takes_its_path_to_the_join() {
    JsonNode run = run("{\"publish\":true}");

    assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(statuses(run))
        .containsEntry("publish", "COMPLETED")
        .containsEntry("unknown-path", "SKIPPED")
        .containsEntry("skip", "SKIPPED")
        .containsEntry("done", "COMPLETED");
    assertThat(block(run, "branch").path("outputs").path("branch").asText()).isEqualTo("do-publish");
    assertThat(block(run, "done").path("request").toString())
        .isEqualTo("{\"actionIdentifier\":\"github.createRelease\",\"inputs\":{\"repo\":\"billing\",\"tag_name\":\"v-billing\"}}");
  }

  @Test
  void without_a_true_condition_the_fallback_is_taken() {
    JsonNode run = run("{}");

    assertThat(block(run, "branch").path("outputs").path("branch").asText()).isEqualTo("skip-path");
    assertThat(run.path("status").asText()).isEqualTo("FAILED");
    assertThat(run.path("failureMessage").asText()).isEqualTo("not published");
    assertThat(statuses(run)).containsEntry("skip", "FAILED").containsEntry("done", "SKIPPED");
  }

  @Test
  void user_input_takes_initial_context_then_overrides_then_defaults() {
    JsonNode outputs = block(run("{\"publish\":true}"), "ask").path("outputs");

    assertThat(outputs.toString()).isEqualTo("{\"publish\":true,\"owner\":\"staging\",\"region\":\"eu\"}");
  }

  @Test
  void manual_approval_is_approved_and_set_variables_applies_references() {
    JsonNode run = run("{\"publish\":true}");

    assertThat(block(run, "approve").path("outputs").toString()).isEqualTo("{\"approved\":true}");
    assertThat(run.path("variables").path("approved-by").asText()).isEqualTo("billing");
    assertThat(block(run, "publish").path("outputs").path("result").asText()).isEqualTo("billing");
  }

  @Test
  void conditions_jq_and_scripts_are_evaluated_for_real() {
    String yaml =
        "name: Real\n"
            + "tag: real\n"
            + "isRunnableViaApi: true\n"
            + "filter: {type: GLOBAL}\n"
            + "variables:\n"
            + "  - {slug: count, type: NUMBER, defaultValue: 3}\n"
            + "actions:\n"
            + "  - name: Count\n"
            + "    slug: count\n"
            + "    isRootAction: true\n"
            + "    outgoingActions: [route]\n"
            + "    schema: {type: JQ, expression: '[.variables.count, 4] | add'}\n"
            + "  - name: Route\n"
            + "    slug: route\n"
            + "    outgoingActions: [big, small]\n"
            + "    schema:\n"
            + "      type: CONDITIONAL_BRANCH\n"
            + "      branches:\n"
            + "        - {name: Big, slug: big-path, type: CONDITIONAL, outgoingAction: big,"
            + " expression: 'actions[\"count\"].outputs.result >= 7 && size(\"ab\") == 2'}\n"
            + "      fallbackBranch: {name: Small, slug: small-path, type: FALLBACK, outgoingAction: small}\n"
            + "  - {name: Big, slug: big, outgoingActions: [], schema: {type: JAVASCRIPT,"
            + " script: 'return {doubled: actions[\"count\"].outputs.result * 2}'}}\n"
            + "  - {name: Small, slug: small, outgoingActions: [], schema: {type: JQ, expression: .}}\n";
    assertThat(api.post("/api/v1/workflows", yaml, "application/yaml").status()).isEqualTo(200);

    JsonNode run = api.postJson("/api/v1/workflows/real/runs", "{}").json();

    assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(block(run, "count").path("outputs").toString()).isEqualTo("{\"result\":7}");
    assertThat(block(run, "route").path("outputs").toString()).isEqualTo("{\"branch\":\"big-path\"}");
    assertThat(block(run, "big").path("outputs").toString()).isEqualTo("{\"doubled\":14}");
    assertThat(statuses(run)).containsEntry("small", "SKIPPED");
  }

  @Test
  void http_and_integration_blocks_get_the_sandbox_default_answers() {
    String yaml =
        "name: Defaults\n"
            + "tag: defaults\n"
            + "isRunnableViaApi: true\n"
            + "filter: {type: GLOBAL}\n"
            + "actions:\n"
            + "  - {name: Fetch, slug: fetch, isRootAction: true, outgoingActions: [tell], schema: {type: HTTP_REQUEST,"
            + " httpMethod: GET, url: 'https://api.example.com/items', headers: {}}}\n"
            + "  - {name: Tell, slug: tell, outgoingActions: [], schema: {type: SLACK, channel: ops,"
            + " message: 'got {{actions.fetch.outputs.status}}'}}\n";
    assertThat(api.post("/api/v1/workflows", yaml, "application/yaml").status()).isEqualTo(200);

    JsonNode run = api.postJson("/api/v1/workflows/defaults/runs", "{}").json();

    assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(block(run, "fetch").path("outputs").toString())
        .isEqualTo("{\"body\":{},\"status\":200,\"headers\":{}}");
    assertThat(block(run, "tell").path("outputs").toString()).isEqualTo("{}");
    assertThat(block(run, "tell").path("request").toString()).isEqualTo("{\"channel\":\"ops\",\"message\":\"got 200\"}");
  }

  @Test
  void an_empty_path_continues_at_the_joining_block_and_no_path_ends_there() {
    String template =
        "name: Short\n"
            + "tag: short-%s\n"
            + "isRunnableViaApi: true\n"
            + "filter: {type: GLOBAL}\n"
            + "actions:\n"
            + "  - name: Branch\n"
            + "    slug: branch\n"
            + "    isRootAction: true\n"
            + "    outgoingActions: []\n"
            + "    schema:\n"
            + "      type: CONDITIONAL_BRANCH\n"
            + "      branches: [{name: Always, slug: always, type: CONDITIONAL, expression: '%s'}]\n"
            + "      joiningAction: end\n"
            + "  - {name: End, slug: end, isRootAction: false, outgoingActions: [], schema: {type: JQ, expression: .}}\n";
    api.post("/api/v1/workflows", String.format(template, "empty", "true"), "application/yaml");
    api.post("/api/v1/workflows", String.format(template, "none", "false"), "application/yaml");

    JsonNode empty = api.postJson("/api/v1/workflows/short-empty/runs", "{}").json();
    JsonNode none = api.postJson("/api/v1/workflows/short-none/runs", "{}").json();

    assertThat(statuses(empty)).containsEntry("end", "COMPLETED");
    assertThat(block(empty, "branch").path("outputs").path("branch").asText()).isEqualTo("always");
    assertThat(none.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(statuses(none)).containsEntry("end", "SKIPPED");
    assertThat(block(none, "branch").path("outputs").path("branch").isNull()).isTrue();
  }

  @Test
  void an_entity_workflow_needs_an_entity_scope() {
    Api.Response global = api.postJson("/api/v1/workflows/release/runs", "{\"scope\":{\"type\":\"GLOBAL\"}}");
    Api.Response noEntity = api.postJson("/api/v1/workflows/release/runs", "{\"scope\":{\"type\":\"ENTITY\"}}");

    assertThat(global.json().path("message").asText())
        .isEqualTo("Workflow 'release' is entity-scoped: send scope.type ENTITY with an entityId");
    assertThat(noEntity.json().path("message").asText()).isEqualTo("missing required field(s): scope.entityId");
  }
}

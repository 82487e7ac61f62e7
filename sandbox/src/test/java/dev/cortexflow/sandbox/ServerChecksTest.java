package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The create-or-update checks answered as Cortex answers them (spec §8): 400 and one message. */
class ServerChecksTest {
  private static CortexSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() {
    sandbox = CortexSandbox.startDefault();
    api = new Api(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String rejectionOf(String body, String contentType) {
    Api.Response response = api.post("/api/v1/workflows", body, contentType);
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("type").asText()).isEqualTo("BAD_REQUEST");
    assertThat(response.json().path("httpStatus").asInt()).isEqualTo(400);
    assertThat(sandbox.workflowCount()).isZero();
    return response.json().path("message").asText();
  }

  @Test
  void rejects_a_missing_filter() {
    assertThat(rejectionOf("{\"name\":\"A\",\"tag\":\"a\",\"isDraft\":false,\"actions\":[]}", "application/json"))
        .isEqualTo("missing required field(s): filter");
  }

  @Test
  void rejects_missing_actions_name_and_tag_in_one_message() {
    assertThat(rejectionOf("filter: {type: GLOBAL}\n", "application/yaml"))
        .isEqualTo("missing required field(s): name, tag, actions");
  }

  @Test
  void treats_null_as_missing() {
    assertThat(rejectionOf("{\"name\":\"A\",\"tag\":\"a\",\"filter\":null,\"actions\":[]}", "application/json"))
        .isEqualTo("missing required field(s): filter");
  }

  @Test
  void accepts_an_empty_action_list() {
    Api.Response response =
        api.postJson("/api/v1/workflows", "{\"name\":\"A\",\"tag\":\"empty\",\"filter\":{\"type\":\"GLOBAL\"},\"actions\":[]}");

    assertThat(response.status()).isEqualTo(200);
    api.delete("/api/v1/workflows/empty");
  }

  @Test
  void rejects_a_duplicate_key_in_json() {
    assertThat(
            rejectionOf(
                "{\"name\":\"A\",\"tag\":\"a\",\"filter\":{\"type\":\"GLOBAL\"},\"filter\":{\"type\":\"GLOBAL\"},"
                    + "\"actions\":[]}",
                "application/json"))
        .isEqualTo("Duplicate field 'filter'");
  }

  @Test
  void rejects_a_duplicate_key_in_yaml() {
    assertThat(rejectionOf("name: A\ntag: a\ntag: b\nfilter: {type: GLOBAL}\nactions: []\n", "application/yaml"))
        .isEqualTo("Duplicate field 'tag'");
  }

  @Test
  void rejects_a_variable_slug_with_an_underscore() {
    assertThat(
            rejectionOf(
                "name: A\ntag: a\nfilter: {type: GLOBAL}\nactions: []\n"
                    + "variables:\n  - {slug: repo_name, type: STRING}\n",
                "application/yaml"))
        .isEqualTo("Invalid variable slug 'repo_name': only lowercase letters, digits and '-' are allowed");
  }

  @Test
  void rejects_several_roots() {
    assertThat(rejectionOf(actions(block("a", true, "JQ"), block("b", true, "JQ")), "application/yaml"))
        .isEqualTo("Workflow must have exactly one root action, found 2: 'a', 'b'");
  }

  @Test
  void rejects_blocks_without_a_root() {
    assertThat(rejectionOf(actions(block("a", false, "JQ")), "application/yaml"))
        .isEqualTo("Workflow must have exactly one root action, found none");
  }

  @Test
  void rejects_an_unknown_block_type() {
    assertThat(rejectionOf(actions(block("mail", true, "EMAIL")), "application/yaml"))
        .isEqualTo("Unknown action type 'EMAIL' in action 'mail'");
  }

  @Test
  void rejects_a_duplicate_block_slug() {
    assertThat(rejectionOf(actions(block("a", true, "JQ"), block("a", false, "JQ")), "application/yaml"))
        .isEqualTo("Duplicate action slug 'a'");
  }

  @Test
  void rejects_an_edge_to_an_unknown_block() {
    String body =
        "name: A\ntag: a\nfilter: {type: GLOBAL}\nactions:\n"
            + "  - {name: a, slug: a, isRootAction: true, outgoingActions: [nope], schema: {type: JQ, expression: .}}\n";
    assertThat(rejectionOf(body, "application/yaml"))
        .isEqualTo("Action 'a' refers to action 'nope', which does not exist");
  }

  @Test
  void rejects_an_unknown_filter_type() {
    assertThat(rejectionOf("name: A\ntag: a\nfilter: {type: CQL}\nactions: []\n", "application/yaml"))
        .isEqualTo("Invalid filter type 'CQL': expected GLOBAL or ENTITY");
  }

  @Test
  void rejects_malformed_json() {
    assertThat(rejectionOf("{\"name\":", "application/json")).startsWith("Malformed request body: ");
  }

  @Test
  void rejects_a_body_that_is_no_object() {
    assertThat(rejectionOf("[1, 2]", "application/json")).isEqualTo("Workflow definition must be an object");
  }

  static String actions(String... blocks) {
    return "name: A\ntag: a\nfilter: {type: GLOBAL}\nactions:\n" + String.join("", blocks);
  }

  static String block(String slug, boolean root, String type) {
    return "  - {name: " + slug + ", slug: " + slug + ", isRootAction: " + root
        + ", outgoingActions: [], schema: {type: " + type + ", expression: .}}\n";
  }
}

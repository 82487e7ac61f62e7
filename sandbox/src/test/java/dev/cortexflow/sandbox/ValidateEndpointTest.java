package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidateEndpointTest {
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

  @Test
  void a_valid_descriptor_is_ok_and_not_saved() {
    Api.Response response = api.post("/api/v1/workflows/validate", Workflows.ASYNC_YAML, "application/yaml");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().toString()).isEqualTo("{\"ok\":true,\"violations\":[]}");
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void reports_every_violation_with_pointer_and_lines() {
    String yaml =
        "name: A\n"
            + "tag: a\n"
            + "filter: {type: GLOBAL}\n"
            + "variables:\n"
            + "  - slug: my_var\n"
            + "    type: STRING\n"
            + "actions:\n"
            + "  - name: a\n"
            + "    slug: a\n"
            + "    isRootAction: true\n"
            + "    schema: {type: EMAIL}\n";

    JsonNode body = api.post("/api/v1/workflows/validate", yaml, "application/yaml").json();

    assertThat(body.path("ok").asBoolean(true)).isFalse();
    assertThat(body.path("violations").size()).isEqualTo(2);
    JsonNode slug = body.path("violations").get(0);
    assertThat(slug.toString())
        .isEqualTo(
            "{\"title\":\"Invalid variable slug\",\"description\":\"Invalid variable slug 'my_var': only lowercase"
                + " letters, digits and '-' are allowed\",\"pointer\":\"/variables/0/slug\","
                + "\"paths\":[\"/variables/0/slug\"],\"violationType\":\"MUST\",\"startLine\":5,\"endLine\":5}");
    JsonNode type = body.path("violations").get(1);
    assertThat(type.path("pointer").asText()).isEqualTo("/actions/0/schema/type");
    assertThat(type.path("startLine").asInt()).isEqualTo(11);
  }

  @Test
  void a_missing_field_points_at_the_document() {
    JsonNode violation =
        api.post("/api/v1/workflows/validate", "name: A\ntag: a\nactions: []\n", "application/yaml")
            .json().path("violations").get(0);

    assertThat(violation.path("description").asText()).isEqualTo("missing required field(s): filter");
    assertThat(violation.path("pointer").asText()).isEmpty();
    assertThat(violation.path("startLine").asInt()).isEqualTo(1);
  }

  @Test
  void a_duplicate_key_is_reported_at_its_line() {
    JsonNode violation =
        api.post("/api/v1/workflows/validate", "name: A\ntag: a\nname: B\n", "application/yaml")
            .json().path("violations").get(0);

    assertThat(violation.path("title").asText()).isEqualTo("Duplicate field");
    assertThat(violation.path("description").asText()).isEqualTo("Duplicate field 'name'");
    assertThat(violation.path("startLine").asInt()).isEqualTo(3);
  }

  @Test
  void accepts_json_objects_and_json_strings_holding_the_text() {
    String asString = Api.JSON.createObjectNode().put("text", Workflows.ASYNC_YAML).get("text").toString();

    JsonNode fromObject =
        api.postJson("/api/v1/workflows/validate", Workflows.global("x", "X")).json();
    JsonNode fromString = api.postJson("/api/v1/workflows/validate", asString).json();

    assertThat(fromObject.path("ok").asBoolean()).isTrue();
    assertThat(fromString.path("ok").asBoolean()).isTrue();
  }

  @Test
  void malformed_yaml_is_one_violation() {
    JsonNode body = api.post("/api/v1/workflows/validate", "name: [unclosed\n", "application/yaml").json();

    assertThat(body.path("ok").asBoolean(true)).isFalse();
    assertThat(body.path("violations").get(0).path("title").asText()).isEqualTo("Malformed descriptor");
    assertThat(body.path("violations").get(0).path("description").asText()).startsWith("Malformed YAML: ");
  }

  @Test
  void an_empty_descriptor_is_one_violation() {
    JsonNode body = api.post("/api/v1/workflows/validate", "", "application/yaml").json();

    assertThat(body.path("violations").get(0).path("description").asText()).isEqualTo("The descriptor is empty");
  }
}

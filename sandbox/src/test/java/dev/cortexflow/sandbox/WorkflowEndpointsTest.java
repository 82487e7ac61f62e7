package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowEndpointsTest {
  private CortexSandbox sandbox;
  private Api api;

  @BeforeEach
  void start() {
    sandbox = CortexSandbox.startDefault();
    api = new Api(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void create_returns_the_stored_definition_with_server_defaults() {
    Api.Response response = api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    JsonNode body = response.json();
    assertThat(body.path("tag").asText()).isEqualTo("alpha");
    assertThat(body.path("variables").isArray()).isTrue();
    assertThat(body.path("restrictActionCompletionToRunnerUser").asBoolean(true)).isFalse();
    assertThat(body.path("actions").get(0).path("slug").asText()).isEqualTo("pass");
  }

  @Test
  void create_is_an_upsert_keyed_on_tag() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha renamed"));

    assertThat(sandbox.workflowCount()).isEqualTo(1);
    assertThat(api.get("/api/v1/workflows/alpha").json().path("name").asText()).isEqualTo("Alpha renamed");
  }

  @Test
  void create_accepts_yaml_and_answers_in_the_accepted_format() {
    Api.Response response =
        api.post("/api/v1/workflows", Workflows.ASYNC_YAML, "application/yaml; charset=utf-8", "application/yaml");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/yaml");
    assertThat(response.body()).startsWith("name: \"Deploy\"\ntag: \"deploy\"\n");
  }

  @Test
  void get_answers_json_or_yaml_by_accept() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    assertThat(api.get("/api/v1/workflows/alpha", "application/json").json().path("name").asText())
        .isEqualTo("Alpha");
    Api.Response yaml = api.get("/api/v1/workflows/alpha", "application/yaml");
    assertThat(yaml.contentType()).isEqualTo("application/yaml");
    assertThat(yaml.body()).contains("tag: \"alpha\"\n").doesNotStartWith("---");
    assertThat(api.get("/api/v1/workflows/alpha", "text/html;q=0.9, application/x-yaml").contentType())
        .isEqualTo("application/yaml");
    assertThat(api.get("/api/v1/workflows/alpha", "*/*").contentType()).isEqualTo("application/json");
  }

  @Test
  void get_answers_406_for_an_unsupported_accept() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    Api.Response response = api.get("/api/v1/workflows/alpha", "text/html");

    assertThat(response.status()).isEqualTo(406);
    assertThat(response.json().path("message").asText())
        .isEqualTo("Accept 'text/html' is not supported: use application/json or application/yaml");
  }

  @Test
  void get_finds_a_workflow_by_its_deterministic_id() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
    Api.Response run = api.get("/api/v1/workflows/alpha");
    assertThat(run.status()).isEqualTo(200);

    try (CortexSandbox other = CortexSandbox.startDefault()) {
      new Api(other).postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
      // the same tag gets the same CID in every sandbox
      assertThat(new Api(other).get("/api/v1/workflows/wf8ed3f6ad685b959e").status())
          .isEqualTo(api.get("/api/v1/workflows/wf8ed3f6ad685b959e").status())
          .isEqualTo(200);
    }
  }

  @Test
  void get_of_an_unknown_workflow_is_404_with_an_error_response() {
    Api.Response response = api.get("/api/v1/workflows/nope");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.json().toString())
        .isEqualTo(
            "{\"type\":\"NOT_FOUND\",\"message\":\"Workflow with tag or id 'nope' not found\",\"httpStatus\":404}");
  }

  @Test
  void delete_answers_200_without_body_then_404() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    Api.Response deleted = api.delete("/api/v1/workflows/alpha");
    Api.Response again = api.delete("/api/v1/workflows/alpha");

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body()).isEmpty();
    assertThat(again.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/workflows/alpha").status()).isEqualTo(404);
  }

  @Test
  void list_pages_in_tag_order() {
    for (int i = 7; i >= 1; i--) {
      api.postJson("/api/v1/workflows", Workflows.global("wf-" + i, "Workflow " + i));
    }

    JsonNode first = api.get("/api/v1/workflows?page=0&pageSize=3").json();
    JsonNode last = api.get("/api/v1/workflows?page=2&pageSize=3").json();
    JsonNode beyond = api.get("/api/v1/workflows?page=3&pageSize=3").json();

    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("total").asInt()).isEqualTo(7);
    assertThat(first.path("totalPages").asInt()).isEqualTo(3);
    assertThat(tags(first)).containsExactly("wf-1", "wf-2", "wf-3");
    assertThat(tags(last)).containsExactly("wf-7");
    assertThat(tags(beyond)).isEmpty();
  }

  @Test
  void list_defaults_to_page_size_250() {
    for (int i = 0; i < 260; i++) {
      api.postJson("/api/v1/workflows", Workflows.global(String.format("wf-%03d", i), "W"));
    }

    JsonNode page = api.get("/api/v1/workflows").json();

    assertThat(page.path("workflows").size()).isEqualTo(250);
    assertThat(page.path("totalPages").asInt()).isEqualTo(2);
  }

  @Test
  void list_of_an_empty_workspace_has_no_pages() {
    assertThat(api.get("/api/v1/workflows").json().toString())
        .isEqualTo("{\"page\":0,\"total\":0,\"totalPages\":0,\"workflows\":[]}");
  }

  @Test
  void list_omits_actions_unless_asked() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    JsonNode without = api.get("/api/v1/workflows").json().path("workflows").get(0);
    JsonNode with = api.get("/api/v1/workflows?includeActions=true").json().path("workflows").get(0);

    assertThat(without.has("actions")).isFalse();
    assertThat(without.path("tag").asText()).isEqualTo("alpha");
    assertThat(with.path("actions").size()).isEqualTo(1);
  }

  @Test
  void list_filters_by_search_query_in_name_or_description() {
    api.postJson("/api/v1/workflows", Workflows.global("deploy-api", "Deploy API"));
    api.postJson("/api/v1/workflows", Workflows.global("rotate", "Rotate keys"));

    assertThat(tags(api.get("/api/v1/workflows?searchQuery=deploy").json())).containsExactly("deploy-api");
    assertThat(tags(api.get("/api/v1/workflows?searchQuery=About%20Rotate").json())).containsExactly("rotate");
    assertThat(tags(api.get("/api/v1/workflows?searchQuery=zzz").json())).isEmpty();
  }

  @Test
  void list_rejects_a_page_size_outside_1_to_1000() {
    Api.Response zero = api.get("/api/v1/workflows?pageSize=0");
    Api.Response big = api.get("/api/v1/workflows?pageSize=1001");
    Api.Response text = api.get("/api/v1/workflows?page=x");

    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().path("message").asText())
        .isEqualTo("Query parameter 'pageSize' must be between 1 and 1000, got 0");
    assertThat(big.status()).isEqualTo(400);
    assertThat(text.json().path("message").asText()).isEqualTo("Invalid value 'x' for query parameter 'page'");
    assertThat(api.get("/api/v1/workflows?pageSize=1000").status()).isEqualTo(200);
  }

  @Test
  void list_answers_yaml_when_asked() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

    Api.Response yaml = api.get("/api/v1/workflows", "application/yaml");

    assertThat(yaml.body()).startsWith("page: 0\ntotal: 1\ntotalPages: 1\nworkflows:\n");
  }

  @Test
  void unknown_content_type_is_415() {
    Api.Response response = api.post("/api/v1/workflows", "x", "text/plain");

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().path("message").asText())
        .isEqualTo("Content-Type 'text/plain' is not supported: use application/json or application/yaml");
  }

  @Test
  void body_over_2_mb_is_413() {
    String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    Api.Response response = api.postJson("/api/v1/workflows", big);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("message").asText()).isEqualTo("Request body exceeds the limit of 2 MB");
  }

  @Test
  void empty_body_is_400() {
    Api.Response response = api.postJson("/api/v1/workflows", "");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isEqualTo("Required request body is missing");
  }

  @Test
  void unknown_paths_are_404_and_wrong_methods_405() {
    Api.Response unknown = api.get("/api/v2/things");
    Api.Response wrongMethod = api.delete("/api/v1/workflows");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("message").asText()).isEqualTo("No endpoint GET /api/v2/things");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
    assertThat(wrongMethod.json().path("message").asText())
        .isEqualTo("Method 'DELETE' is not supported on '/api/v1/workflows'");
  }

  @Test
  void records_requests_without_headers() {
    api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
    api.get("/api/v1/workflows?includeActions=true");

    List<RecordedRequest> requests = sandbox.recordedRequests();

    assertThat(requests)
        .containsExactly(
            new RecordedRequest(1, "POST", "/api/v1/workflows", "", 200),
            new RecordedRequest(2, "GET", "/api/v1/workflows", "includeActions=true", 200));
    assertThat(requests.get(0).isWrite()).isTrue();
    assertThat(requests.get(1).isWrite()).isFalse();
    sandbox.clearRecordedRequests();
    assertThat(sandbox.recordedRequests()).isEmpty();
    assertThat(sandbox.requestCount()).isEqualTo(2);
  }

  private static List<String> tags(JsonNode page) {
    List<String> tags = new ArrayList<>();
    page.path("workflows").forEach(w -> tags.add(w.path("tag").asText()));
    return tags;
  }
}

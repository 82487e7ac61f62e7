package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunsTest {
  private static final String GLOBAL_RUN = "{\"scope\":{\"type\":\"GLOBAL\"},\"initialContext\":{\"service\":\"billing\"}}";

  private CortexSandbox sandbox;
  private Api api;

  @BeforeEach
  void start() {
    sandbox = CortexSandbox.builder().secret("deploy-key", "Deploy key").build().start();
    api = new Api(sandbox);
    assertThat(api.post("/api/v1/workflows", Workflows.ASYNC_YAML, "application/yaml").status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void a_run_pauses_at_the_async_block_with_its_requests_recorded() {
    JsonNode run = api.postJson("/api/v1/workflows/deploy/runs", GLOBAL_RUN).json();

    assertThat(run.path("id").asText()).isEqualTo("run-000001");
    assertThat(run.path("workflowTag").asText()).isEqualTo("deploy");
    assertThat(run.path("status").asText()).isEqualTo("PAUSED");
    assertThat(statuses(run)).containsExactly(
        Map.entry("start-deploy", "COMPLETED"), Map.entry("wait-deploy", "PAUSED"), Map.entry("notify", "PENDING"));
    JsonNode request = block(run, "start-deploy").path("request");
    assertThat(request.path("url").asText()).isEqualTo("https://deploy.example.com/staging");
    assertThat(request.path("headers").path("Authorization").asText()).isEqualTo("Bearer ********");
    assertThat(request.path("payload").asText()).isEqualTo("{\"service\": \"billing\"}");
    String callbackId = run.path("pausedBlocks").get(0).path("callbackId").asText();
    assertThat(block(run, "wait-deploy").path("callbackId").asText()).isEqualTo(callbackId);
    assertThat(block(run, "wait-deploy").path("request").path("payload").asText())
        .isEqualTo("{\"callback\": \"" + sandbox.url() + "/api/v1/workflows/wfb7bd55c11b781b0c/callback/"
            + callbackId + "\"}");
  }

  @Test
  void a_success_callback_completes_the_run() {
    JsonNode run = api.postJson("/api/v1/workflows/deploy/runs", GLOBAL_RUN).json();
    String callbackId = run.path("pausedBlocks").get(0).path("callbackId").asText();

    Api.Response callback =
        api.postJson(
            "/api/v1/workflows/deploy/callback/" + callbackId,
            "{\"status\":\"SUCCESS\",\"message\":\"deployed\",\"response\":{\"version\":\"1.2.3\"}}");

    assertThat(callback.status()).isEqualTo(200);
    assertThat(callback.body()).isEmpty();
    JsonNode after = api.get("/api/v1/workflows/deploy/runs/run-000001").json();
    assertThat(after.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(after.path("pausedBlocks").size()).isZero();
    assertThat(block(after, "wait-deploy").path("outputs").path("result").path("output").path("version").asText())
        .isEqualTo("1.2.3");
    assertThat(block(after, "notify").path("request").path("message").asText())
        .isEqualTo("Deployed to staging: 1.2.3");
  }

  @Test
  void an_update_callback_keeps_the_run_paused_and_lower_case_is_accepted() {
    String callbackId = startAndGetCallbackId();

    Api.Response update =
        api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"update\",\"message\":\"50%\"}");

    assertThat(update.status()).isEqualTo(200);
    JsonNode run = api.get("/api/v1/workflows/deploy/runs/run-000001").json();
    assertThat(run.path("status").asText()).isEqualTo("PAUSED");
    assertThat(block(run, "wait-deploy").path("messages").toString()).isEqualTo("[\"50%\"]");
  }

  @Test
  void a_failure_callback_fails_the_run_and_skips_the_rest() {
    String callbackId = startAndGetCallbackId();

    api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"FAILURE\",\"message\":\"boom\"}");

    JsonNode run = api.get("/api/v1/workflows/deploy/runs/run-000001").json();
    assertThat(run.path("status").asText()).isEqualTo("FAILED");
    assertThat(run.path("failureMessage").asText()).isEqualTo("boom");
    assertThat(statuses(run)).containsEntry("wait-deploy", "FAILED").containsEntry("notify", "SKIPPED");
  }

  @Test
  void a_callback_to_a_block_that_is_not_waiting_is_406() {
    String callbackId = startAndGetCallbackId();
    api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"SUCCESS\",\"message\":\"ok\"}");

    Api.Response again =
        api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"SUCCESS\",\"message\":\"ok\"}");

    assertThat(again.status()).isEqualTo(406);
    assertThat(again.json().path("message").asText())
        .isEqualTo("Block 'wait-deploy' of run 'run-000001' is not waiting for a callback");
  }

  @Test
  void a_callback_with_in_progress_is_400() {
    String callbackId = startAndGetCallbackId();

    Api.Response response =
        api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"IN_PROGRESS\",\"message\":\"x\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .isEqualTo("Invalid callback status 'IN_PROGRESS': expected SUCCESS, FAILURE or UPDATE");
  }

  @Test
  void a_callback_without_message_or_with_a_non_object_response_is_400() {
    String callbackId = startAndGetCallbackId();
    String path = "/api/v1/workflows/deploy/callback/" + callbackId;

    assertThat(api.postJson(path, "{\"status\":\"SUCCESS\"}").json().path("message").asText())
        .isEqualTo("missing required field(s): message");
    assertThat(api.postJson(path, "{\"status\":\"SUCCESS\",\"message\":\"m\",\"response\":[1]}").json()
            .path("message").asText())
        .isEqualTo("Field 'response' must be a JSON object");
  }

  @Test
  void a_callback_for_an_unknown_run_or_block_is_404() {
    startAndGetCallbackId();

    Api.Response garbage = api.postJson("/api/v1/workflows/deploy/callback/not-base64%21", "{\"status\":\"SUCCESS\",\"message\":\"m\"}");
    Api.Response otherRun =
        api.postJson(
            "/api/v1/workflows/deploy/callback/cnVuLTAwMDA5OSN3YWl0LWRlcGxveQ", "{\"status\":\"SUCCESS\",\"message\":\"m\"}");

    assertThat(garbage.status()).isEqualTo(404);
    assertThat(otherRun.status()).isEqualTo(404);
    assertThat(otherRun.json().path("message").asText())
        .isEqualTo("No workflow run or block for callback 'cnVuLTAwMDA5OSN3YWl0LWRlcGxveQ'");
  }

  @Test
  void a_workflow_not_runnable_via_api_is_403() {
    api.postJson("/api/v1/workflows", Workflows.global("plain", "Plain"));

    Api.Response response = api.postJson("/api/v1/workflows/plain/runs", GLOBAL_RUN);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().toString())
        .isEqualTo("{\"type\":\"FORBIDDEN\",\"message\":\"Running a workflow is not enabled\",\"httpStatus\":403}");
  }

  @Test
  void runs_of_unknown_workflows_and_unknown_runs_are_404() {
    assertThat(api.postJson("/api/v1/workflows/nope/runs", GLOBAL_RUN).status()).isEqualTo(404);
    Api.Response run = api.get("/api/v1/workflows/deploy/runs/run-000042");
    assertThat(run.status()).isEqualTo(404);
    assertThat(run.json().path("message").asText()).isEqualTo("Workflow run 'run-000042' not found");
  }

  @Test
  void initial_context_seeds_same_named_variables() {
    JsonNode run =
        api.postJson("/api/v1/workflows/deploy/runs", "{\"scope\":{\"type\":\"GLOBAL\"},\"initialContext\":{\"env\":\"prod\"}}")
            .json();

    assertThat(run.path("variables").path("env").asText()).isEqualTo("prod");
    assertThat(block(run, "start-deploy").path("request").path("url").asText())
        .isEqualTo("https://deploy.example.com/prod");
  }

  @Test
  void a_run_without_body_uses_global_scope_and_an_invalid_scope_is_400() {
    Api.Response noBody = api.send(api.request("/api/v1/workflows/deploy/runs").POST(
        java.net.http.HttpRequest.BodyPublishers.noBody()));
    Api.Response entity =
        api.postJson("/api/v1/workflows/deploy/runs", "{\"scope\":{\"type\":\"ENTITY\",\"entityId\":\"en1\"}}");
    Api.Response unknown = api.postJson("/api/v1/workflows/deploy/runs", "{\"scope\":{\"type\":\"TEAM\"}}");

    assertThat(noBody.json().path("scope").path("type").asText()).isEqualTo("GLOBAL");
    assertThat(entity.status()).isEqualTo(400);
    assertThat(entity.json().path("message").asText()).isEqualTo("Workflow 'deploy' is global: send scope.type GLOBAL");
    assertThat(unknown.json().path("message").asText()).isEqualTo("Invalid scope type 'TEAM': expected GLOBAL or ENTITY");
  }

  @Test
  void running_lookups_report_running_before_the_run_proceeds() {
    try (CortexSandbox slow = CortexSandbox.builder().runningLookups(2).build().start()) {
      Api slowApi = new Api(slow);
      slowApi.post("/api/v1/workflows", Workflows.ASYNC_YAML, "application/yaml");

      JsonNode started = slowApi.postJson("/api/v1/workflows/deploy/runs", GLOBAL_RUN).json();
      JsonNode first = slowApi.get("/api/v1/workflows/deploy/runs/run-000001").json();
      JsonNode second = slowApi.get("/api/v1/workflows/deploy/runs/run-000001").json();

      assertThat(started.path("status").asText()).isEqualTo("RUNNING");
      assertThat(first.path("status").asText()).isEqualTo("RUNNING");
      assertThat(second.path("status").asText()).isEqualTo("PAUSED");
    }
  }

  private String startAndGetCallbackId() {
    return api.postJson("/api/v1/workflows/deploy/runs", GLOBAL_RUN).json()
        .path("pausedBlocks").get(0).path("callbackId").asText();
  }

  static JsonNode block(JsonNode run, String slug) {
    for (JsonNode block : run.path("blocks")) {
      if (block.path("slug").asText().equals(slug)) {
        return block;
      }
    }
    throw new AssertionError("no block '" + slug + "' in " + run);
  }

  static Map<String, String> statuses(JsonNode run) {
    Map<String, String> statuses = new LinkedHashMap<>();
    run.path("blocks").forEach(b -> statuses.put(b.path("slug").asText(), b.path("status").asText()));
    return statuses;
  }
}

package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.net.URI;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** What the other side answers to an HTTP, asynchronous HTTP or integration block, and what the block makes of it. */
class AnswersTest {
  private static final RunEngine engine = RunEngine.create();

  private static final Workflow FETCH = Workflows.global("  []", """
        - slug: fetch
          name: Fetch
          isRootAction: true
          outgoingActions: [after]
          schema:
            type: HTTP_REQUEST
            httpMethod: GET
            url: https://api.example.com/items
            headers: {X-B: "2", X-A: "{{context.workflowRunId}}"}
            integrationAlias: prod
        - {slug: after, name: After, outgoingActions: [], schema: {type: JQ, expression: '.actions.fetch.outputs.status'}}
      """);

  private static final Workflow DEPLOY = Workflows.global("  []", """
        - slug: deploy
          name: Deploy
          isRootAction: true
          outgoingActions: [after]
          schema:
            type: HTTP_REQUEST_ASYNC
            httpMethod: POST
            url: https://release.example.com/deploys
            headers: {}
            payload: '{{{callbackUrl}}}'
            timeoutInSeconds: 300
        - {slug: after, name: After, outgoingActions: [], schema: {type: JQ, expression: '.actions.deploy.outputs.result.output'}}
      """);

  private static final Workflow NOTIFY = Workflows.global("  []", """
        - slug: notify
          name: Notify
          isRootAction: true
          outgoingActions: [after]
          schema:
            type: SLACK
            channel: deploys
            message: "run {{context.workflowRunId}}"
        - {slug: after, name: After, outgoingActions: [], schema: {type: JQ, expression: '.actions.notify.outputs'}}
      """);

  private static JsonValue outputs(RunResult result, String slug) {
    return result.block(slug).orElseThrow().outputs();
  }

  // ---- HTTP_REQUEST ----

  @Test
  void an_http_request_sends_its_headers_sorted_by_name_and_names_its_integration_alias() {
    RunResult result = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.http(200)).build());

    OutboundRequest request = result.request("fetch").orElseThrow();
    assertThat(request.fields()).isEqualTo(JsonValue.object("method", "GET", "url", "https://api.example.com/items",
        "headers", Map.of("X-A", "local-run-1", "X-B", "2"), "integrationAlias", "prod"));
    assertThat(request.headers().keySet()).containsExactly("X-A", "X-B");
    assertThat(request.body()).isEmpty();
    assertThat(request.blockType()).isEqualTo("HTTP_REQUEST");
    assertThat(((JsonValue.JsonObject) result.state()).members().get("actions"))
        .isEqualTo(JsonValue.object("fetch", Map.of("inputs", request.fields(), "outputs", Map.of("body",
            JsonValue.NULL, "status", 200, "headers", Map.of())), "after", Map.of("inputs", Map.of(), "outputs",
            Map.of("result", 200))));
  }

  @Test
  void an_http_answer_becomes_body_status_and_headers_sorted_by_name() {
    RunResult result = engine.run(FETCH, RunInput.builder()
        .answer("fetch", Answer.http(201, Map.of("id", 7)).withHeaders(Map.of("X-Z", "z", "Content-Type", "a/b")))
        .build());

    assertThat(outputs(result, "fetch")).isEqualTo(JsonValue.object("body", Map.of("id", 7), "status", 201,
        "headers", Map.of("Content-Type", "a/b", "X-Z", "z")));
    assertThat(((JsonValue.JsonObject) outputs(result, "fetch")).members().keySet())
        .containsExactly("body", "status", "headers");
    assertThat(outputs(result, "after")).isEqualTo(JsonValue.object("result", 201));
  }

  @Test
  void an_http_answer_without_a_body_has_a_null_body() {
    RunResult result = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.http(204)).build());

    assertThat(outputs(result, "fetch")).isEqualTo(JsonValue.object("body", JsonValue.NULL, "status", 204,
        "headers", Map.of()));
  }

  @Test
  void an_http_answer_given_as_outputs_is_taken_as_it_is() {
    RunResult result = engine.run(FETCH, RunInput.builder()
        .answer("fetch", Answer.outputs(Map.of("status", 299, "anything", true))).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outputs(result, "fetch")).isEqualTo(JsonValue.object("status", 299, "anything", true));
  }

  @Test
  void an_http_status_of_400_or_more_fails_the_block_and_keeps_its_outputs_and_399_does_not() {
    RunResult failed = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.http(400, "bad")).build());
    RunResult passed = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.http(399)).build());

    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.executed()).containsExactly("fetch");
    assertThat(failed.failure()).contains("block 'fetch' (HTTP_REQUEST): GET https://api.example.com/items "
        + "answered 400");
    assertThat(outputs(failed, "fetch")).isEqualTo(JsonValue.object("body", "bad", "status", 400,
        "headers", Map.of()));
    assertThat(failed.request("fetch")).isPresent();
    assertThat(passed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(passed.executed()).containsExactly("fetch", "after");
  }

  @Test
  void an_error_answer_fails_an_http_block_with_its_text_and_keeps_the_request() {
    RunResult result = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.error("connection reset"))
        .build());

    assertThat(result.failure()).contains("block 'fetch' (HTTP_REQUEST): connection reset");
    assertThat(result.request("fetch").orElseThrow().url()).contains("https://api.example.com/items");
  }

  @Test
  void the_default_answer_of_an_http_block_is_200_with_an_empty_body() {
    RunResult result = engine.run(FETCH, RunInput.builder().defaultAnswers(true).build());

    assertThat(outputs(result, "fetch")).isEqualTo(JsonValue.object("body", Map.of(), "status", 200,
        "headers", Map.of()));
  }

  // ---- HTTP_REQUEST_ASYNC ----

  @Test
  void an_async_block_without_an_answer_fails_naming_the_answer_to_add() {
    RunResult result = engine.run(DEPLOY, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): no answer for POST "
        + "https://release.example.com/deploys; add responses: {deploy: {status: 202, callback: {status: SUCCESS, "
        + "response: {…}}}}");
    assertThat(result.request("deploy")).isPresent();
  }

  @Test
  void an_async_block_fails_on_an_error_answer_and_on_a_status_of_400_or_more() {
    assertThat(engine.run(DEPLOY, RunInput.builder().answer("deploy", Answer.error("refused")).build()).failure())
        .contains("block 'deploy' (HTTP_REQUEST_ASYNC): refused");
    RunResult rejected = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(400).withCallback("SUCCESS", Map.of())).build());
    assertThat(rejected.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): POST "
        + "https://release.example.com/deploys answered 400");
    assertThat(rejected.executed()).containsExactly("deploy");
    assertThat(engine.run(DEPLOY, RunInput.builder().answer("deploy", Answer.http(399)).build()).status())
        .isEqualTo(RunStatus.PAUSED);
  }

  @Test
  void an_async_block_pauses_until_its_callback_and_the_response_appears_at_outputs_result_output() {
    RunResult paused = engine.run(DEPLOY, RunInput.builder().answer("deploy", Answer.http(202)).build());
    assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(paused.executed()).containsExactly("deploy");
    assertThat(paused.resume().blockType()).isEqualTo("HTTP_REQUEST_ASYNC");
    assertThat(paused.resume().toString()).isEqualTo("PausedRun[deploy (HTTP_REQUEST_ASYNC)]");

    RunResult resumed = paused.resume().callback("deploy", "Success", Map.of("url", "https://app/1"));

    assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(resumed.executed()).containsExactly("deploy", "after");
    assertThat(outputs(resumed, "deploy"))
        .isEqualTo(JsonValue.object("result", Map.of("output", Map.of("url", "https://app/1"))));
    assertThat(outputs(resumed, "after")).isEqualTo(JsonValue.object("result", Map.of("url", "https://app/1")));
    assertThat(resumed.request("deploy")).isEqualTo(paused.request("deploy"));
    assertThat(resumed.pausedAt()).isEmpty();
  }

  @Test
  void the_default_answer_of_an_async_block_is_an_immediate_successful_callback_with_an_empty_response() {
    RunResult result = engine.run(DEPLOY, RunInput.builder().defaultAnswers(true).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outputs(result, "deploy")).isEqualTo(JsonValue.object("result", Map.of("output", Map.of())));
  }

  @Test
  void a_callback_status_other_than_success_or_failure_fails_the_block_naming_it() {
    RunResult result = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(202).withCallback("DONE", Map.of())).build());

    assertThat(result.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): callback status 'DONE' is "
        + "neither SUCCESS nor FAILURE");
    assertThat(result.request("deploy")).isPresent();
  }

  @Test
  void a_failure_callback_in_any_case_and_without_a_message_fails_the_block() {
    RunResult result = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(202).withCallback("failure", Map.of())).build());

    assertThat(result.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): the callback reports FAILURE");
    assertThat(result.executed()).containsExactly("deploy");
    assertThat(result.request("deploy")).isPresent();
    RunResult resumed = engine.run(DEPLOY, RunInput.builder().answer("deploy", Answer.http(202)).build())
        .resume().callback("deploy", "FAILURE", Map.of());
    assertThat(resumed.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): the callback reports FAILURE");
    assertThat(resumed.executed()).containsExactly("deploy");
  }

  @Test
  void the_callback_url_is_only_in_the_state_while_the_request_is_rendered() {
    RunResult result = engine.run(DEPLOY, RunInput.builder().callbackBase("https://cortex.acme.io")
        .workflowRunId("r9").answer("deploy", Answer.http(202).withCallback("SUCCESS", Map.of())).build());

    assertThat(result.request("deploy").orElseThrow().body())
        .contains("https://cortex.acme.io/api/v1/workflows/t/callback/cjkjZGVwbG95");
    assertThat(((JsonValue.JsonObject) result.state()).members()).doesNotContainKey("callbackUrl");
  }

  // ---- integration blocks ----

  @Test
  void an_integration_answer_given_as_http_becomes_body_status_and_headers() {
    RunResult result = engine.run(NOTIFY, RunInput.builder().answer("notify", Answer.http(200, "ok")).build());

    assertThat(outputs(result, "notify")).isEqualTo(JsonValue.object("body", "ok", "status", 200,
        "headers", Map.of()));
  }

  @Test
  void an_integration_answer_whose_outputs_are_no_object_fails_the_block() {
    RunResult result = engine.run(NOTIFY, RunInput.builder().answer("notify", Answer.outputs(List.of(1))).build());

    assertThat(result.failure()).contains("block 'notify' (SLACK): the answer's outputs must be an object, not [1]");
    assertThat(result.request("notify").orElseThrow().field("message")).isEqualTo(JsonValue.of("run local-run-1"));
  }

  @Test
  void an_integration_error_answer_fails_the_block_and_the_default_answer_is_empty_outputs() {
    assertThat(engine.run(NOTIFY, RunInput.builder().answer("notify", Answer.error("channel archived")).build())
        .failure()).contains("block 'notify' (SLACK): channel archived");
    RunResult result = engine.run(NOTIFY, RunInput.builder().defaultAnswers(true).build());
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outputs(result, "notify")).isEqualTo(JsonValue.object(Map.of()));
  }

  @Test
  void an_integration_block_is_never_sent_to_a_local_server_and_takes_its_answer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();

      RunResult result = engine.run(NOTIFY, RunInput.builder()
          .sendHttpTo("notify", URI.create(server.url("/").toString()))
          .answer("notify", Answer.outputs(Map.of("ts", "1"))).build());

      assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(outputs(result, "notify")).isEqualTo(JsonValue.object("ts", "1"));
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void integration_fields_are_rendered_in_nested_objects_and_lists_and_other_values_are_kept() {
    Workflow wf = Workflows.global("  []", """
          - slug: call
            name: Call
            isRootAction: true
            outgoingActions: []
            schema:
              type: ADVANCED_HTTP_REQUEST
              actionIdentifier: x.y
              inputs: {a: {b: ["{{context.workflowRunId}}", 2, true, null]}, n: 1.5}
        """);

    RunResult result = engine.run(wf, RunInput.builder().defaultAnswers(true).build());

    assertThat(result.request("call").orElseThrow().field("inputs"))
        .isEqualTo(JsonValue.from(Map.of("a", Map.of("b", java.util.Arrays.asList("local-run-1", 2, true, null)),
            "n", new java.math.BigDecimal("1.5"))));
  }
}

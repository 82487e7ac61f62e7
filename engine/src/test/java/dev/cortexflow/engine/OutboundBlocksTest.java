package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.net.URI;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class OutboundBlocksTest {
  private static final RunEngine engine = RunEngine.create();

  private static final Workflow DEPLOY = Workflows.global("  - {slug: version, type: STRING}", """
        - slug: deploy
          name: Deploy
          isRootAction: true
          outgoingActions: [announce]
          schema:
            type: HTTP_REQUEST_ASYNC
            httpMethod: POST
            url: https://release.example.com/deploys
            headers: {}
            payload: '{"version": "{{variables.version}}", "callback": "{{{callbackUrl}}}", "escaped": "{{callbackUrl}}"}'
            timeoutInSeconds: 300
        - slug: announce
          name: Announce
          outgoingActions: []
          schema:
            type: SLACK
            channel: deploys
            message: "Deployed {{actions.deploy.outputs.result.output.url}}{{#context.initiatedBy.roles}} [{{name}}]{{/context.initiatedBy.roles}}{{^context.initiatedBy.roles}} (no roles){{/context.initiatedBy.roles}}"
      """);

  @Test
  void anAsyncBlockExposesTheCallbacksResponseAtResultOutput() {
    RunResult result = engine.run(DEPLOY, RunInput.builder().initialContext("version", "1.2.3")
        .initiatedBy(Map.of("email", "a@x.io", "roles", List.of(Map.of("name", "admin"), Map.of("name", "dev"))))
        .answer("deploy", Answer.http(202).withCallback("SUCCESS", Map.of("url", "https://app/1.2.3")))
        .answer("announce", Answer.outputs(Map.of()))
        .build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.block("deploy").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("result", Map.of("output", Map.of("url", "https://app/1.2.3"))));
    assertThat(result.request("deploy").orElseThrow().body()).contains("{\"version\": \"1.2.3\", \"callback\": "
        + "\"https://api.getcortexapp.com/api/v1/workflows/t/callback/bG9jYWwtcnVuLTEjZGVwbG95\", \"escaped\": "
        + "\"https://api.getcortexapp.com/api/v1/workflows/t/callback/bG9jYWwtcnVuLTEjZGVwbG95\"}");
    assertThat(result.request("announce").orElseThrow().field("message"))
        .isEqualTo(JsonValue.of("Deployed https://app/1.2.3 [admin] [dev]"));
  }

  @Test
  void mustacheEscapesHtmlInDoubleBracesAndRendersInvertedSections() {
    RunResult result = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(202).withCallback("success", Map.of("url", "a&b")))
        .answer("announce", Answer.outputs(Map.of()))
        .build());

    assertThat(result.request("announce").orElseThrow().field("message"))
        .isEqualTo(JsonValue.of("Deployed a&amp;b (no roles)"));
  }

  @Test
  void withoutACallbackTheRunStaysPausedAtTheAsyncBlock() {
    RunResult result = engine.run(DEPLOY, RunInput.builder().answer("deploy", Answer.http(202)).build());

    assertThat(result.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(result.pausedAt()).contains("deploy");
    assertThat(result.executed()).containsExactly("deploy");
    assertThat(result.block("deploy").orElseThrow().status()).isEqualTo(RunStatus.PAUSED);
  }

  @Test
  void aFailureCallbackFailsTheBlockWithItsMessage() {
    RunResult result = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(202).withCallback("FAILURE", "pipeline red", Map.of())).build());

    assertThat(result.failure()).contains("block 'deploy' (HTTP_REQUEST_ASYNC): the callback reports FAILURE: "
        + "pipeline red");
  }

  @Test
  void integrationBlocksRecordEverySchemaFieldRendered() {
    Workflow wf = Workflows.global("  - {slug: repo, type: STRING, defaultValue: acme/payments}", """
          - slug: branch
            name: Create branch
            isRootAction: true
            outgoingActions: [ticket]
            schema:
              type: ADVANCED_HTTP_REQUEST
              actionIdentifier: github.createBranch
              integrationAlias: null
              inputs: {repo: "{{variables.repo}}", new_branch: "release-{{context.initialContext.v}}", sha: abc}
          - slug: ticket
            name: Ticket
            outgoingActions: []
            schema:
              type: JIRA_CREATE_ISSUE
              alias: jira
              projectKey: OPS
              issueType: Task
              issueSummary: "Release {{actions.branch.outputs.ref}}"
              description: "by {{context.initiatedBy.email}}"
              labels: ["{{context.initialContext.v}}"]
              components: []
              fields: {}
        """);

    RunResult result = engine.run(wf, RunInput.builder().initialContext("v", "2.0")
        .answer("branch", Answer.outputs(Map.of("ref", "refs/heads/release-2.0")))
        .answer("ticket", Answer.outputs(Map.of("key", "OPS-1"))).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.request("branch").orElseThrow().fields()).isEqualTo(JsonValue.object(
        "actionIdentifier", "github.createBranch",
        "inputs", Map.of("repo", "acme/payments", "new_branch", "release-2.0", "sha", "abc")));
    assertThat(result.request("ticket").orElseThrow().field("issueSummary"))
        .isEqualTo(JsonValue.of("Release refs/heads/release-2.0"));
    assertThat(result.request("ticket").orElseThrow().field("labels")).isEqualTo(JsonValue.from(List.of("2.0")));
  }

  @Test
  void aMissingIntegrationAnswerNamesWhatToAdd() {
    RunResult result = engine.run(DEPLOY, RunInput.builder()
        .answer("deploy", Answer.http(202).withCallback("SUCCESS", Map.of())).build());

    assertThat(result.failure()).contains("block 'announce' (SLACK): no answer for this integration block; "
        + "add responses: {announce: {outputs: {…}}}");
  }

  @Test
  void anHttpBlockIsSentToALoopbackUrlWhenTheRunSaysSo() throws Exception {
    Workflow wf = Workflows.global("  []", """
          - slug: fetch
            name: Fetch
            isRootAction: true
            outgoingActions: []
            schema:
              type: HTTP_REQUEST
              httpMethod: PUT
              url: https://api.example.com/v1/items?x=1
              headers: {X-Token: "{{context.secrets.token}}"}
              payload: '{"a": 1}'
        """);
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
          .setBody("{\"id\": 7}"));
      server.start();

      RunResult result = engine.run(wf, RunInput.builder().secret("token", "t0k")
          .sendHttpTo("fetch", URI.create(server.url("/").toString())).build());

      RecordedRequest sent = server.takeRequest();
      assertThat(sent.getMethod()).isEqualTo("PUT");
      assertThat(sent.getPath()).isEqualTo("/v1/items?x=1");
      assertThat(sent.getHeader("X-Token")).isEqualTo("t0k");
      assertThat(sent.getBody().readUtf8()).isEqualTo("{\"a\": 1}");
      assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
      JsonValue outputs = result.block("fetch").orElseThrow().outputs();
      assertThat(((JsonValue.JsonObject) outputs).members())
          .containsEntry("body", JsonValue.object("id", 7)).containsEntry("status", JsonValue.of(201));
    }
  }

  @Test
  void aNonLoopbackTargetIsRefused() {
    Workflow wf = Workflows.global("  []", """
          - {slug: fetch, name: Fetch, isRootAction: true, outgoingActions: [], schema: {type: HTTP_REQUEST, httpMethod: GET, url: "https://x.example.com/", headers: {}}}
        """);

    RunResult result = engine.run(wf, RunInput.builder()
        .sendHttpTo("fetch", URI.create("https://x.example.com/")).build());

    assertThat(result.failure()).contains("block 'fetch' (HTTP_REQUEST): sendHttpTo https://x.example.com/ is not "
        + "a loopback address: local runs only send to 127.0.0.1, ::1 or localhost");
  }

  @Test
  void approvalsAndInputsComeFromTheRunInput() {
    Workflow wf = Workflows.global("  - {slug: env, type: STRING, defaultValue: staging}", """
          - slug: choose
            name: Choose
            isRootAction: true
            outgoingActions: [approve]
            schema:
              type: USER_INPUT
              inputs:
                - {type: INPUT_FIELD, key: version, name: Version, required: true, validationRegex: '\\d+\\.\\d+\\.\\d+'}
                - {type: SELECT_FIELD, key: env, name: Env, required: true, options: [staging, prod], allowAdditionalOptions: false}
              inputOverrides:
                - {type: VALUE, inputKey: env, outputVariable: variables.env, editable: true}
          - slug: approve
            name: Approve
            outgoingActions: []
            schema: {type: MANUAL_APPROVAL, approvingTeamIds: [platform]}
        """);

    RunResult approved = engine.run(wf, RunInput.builder().input("choose", "version", "1.2.3")
        .input("choose", "env", "prod").approval("approve", true).build());
    assertThat(approved.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(approved.block("choose").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("env", "prod", "version", "1.2.3"));
    assertThat(approved.variables()).containsEntry("env", JsonValue.of("prod"));

    RunResult prefilled = engine.run(wf, RunInput.builder().input("choose", "version", "1.2.3")
        .approval("approve", false).build());
    assertThat(prefilled.block("choose").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("env", "staging", "version", "1.2.3"));
    assertThat(prefilled.failure()).contains("block 'approve' (MANUAL_APPROVAL): the approval was rejected");

    assertThat(engine.run(wf, RunInput.builder().input("choose", "version", "1.2").build()).failure())
        .contains("block 'choose' (USER_INPUT): input 'version': '1.2' does not match validationRegex "
            + "\\d+\\.\\d+\\.\\d+");
    assertThat(engine.run(wf, RunInput.empty()).failure())
        .contains("block 'choose' (USER_INPUT): no value for required input 'version'; add inputs: "
            + "{choose: {version: …}}");
    assertThat(engine.run(wf, RunInput.builder().input("choose", "version", "1.2.3")
        .input("choose", "env", "dev").build()).failure())
        .contains("block 'choose' (USER_INPUT): input 'env': 'dev' is none of the options [\"staging\",\"prod\"]");
    RunResult waiting = engine.run(wf, RunInput.builder().input("choose", "version", "1.2.3").build());
    assertThat(waiting.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(waiting.pausedAt()).contains("approve");
    assertThat(engine.run(wf, RunInput.builder().input("choose", "versoin", "1.2.3").build()).failure())
        .contains("block 'choose' (USER_INPUT): no value for required input 'version'; add inputs: "
            + "{choose: {version: …}}");
  }
}

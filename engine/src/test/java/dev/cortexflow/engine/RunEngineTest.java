package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunEngineTest {
  private static final RunEngine engine = RunEngine.create();

  private final Workflow FETCH_AND_ANNOUNCE = Workflows.global("""
        - {slug: environment, type: STRING, defaultValue: staging}
        - {slug: version, type: STRING}
      """, """
        - slug: fetch
          name: Fetch
          isRootAction: true
          outgoingActions: [pick]
          schema:
            type: HTTP_REQUEST
            httpMethod: POST
            url: "https://api.example.com/services/{{context.entity.tag}}?env={{variables.environment}}"
            headers: {Authorization: "Bearer {{context.secrets.api-token}}"}
            payload: '{"version": "{{variables.version}}"}'
        - slug: pick
          name: Pick
          outgoingActions: [announce]
          schema:
            type: JQ
            expression: '.actions.fetch.outputs.body.owners | map(.email) | sort'
        - slug: announce
          name: Announce
          outgoingActions: []
          schema:
            type: SLACK
            channel: deploys
            message: "{{variables.version}} to {{variables.environment}} <{{actions.pick.outputs.result}}> {{{actions.pick.outputs.result}}}"
      """);

  @Test
  void runsBlocksInOrderAndRendersEveryRequestAgainstTheState() {
    RunResult result = engine.run(FETCH_AND_ANNOUNCE, RunInput.builder()
        .entity(Map.of("tag", "payments", "name", "Payments"))
        .initialContext("version", "2.4.0")
        .secret("api-token", "s3cret")
        .answer("fetch", Answer.http(200, Map.of("owners", List.of(Map.of("email", "b@x.io"), Map.of("email", "a@x.io")))))
        .answer("announce", Answer.outputs(Map.of("ts", "1.2")))
        .build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.executed()).containsExactly("fetch", "pick", "announce");
    OutboundRequest fetch = result.request("fetch").orElseThrow();
    assertThat(fetch.method()).contains("POST");
    assertThat(fetch.url()).contains("https://api.example.com/services/payments?env=staging");
    assertThat(fetch.headers()).containsExactly(Map.entry("Authorization", "Bearer s3cret"));
    assertThat(fetch.body()).contains("{\"version\": \"2.4.0\"}");
    assertThat(result.block("pick").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("result", List.of("a@x.io", "b@x.io")));
    assertThat(result.request("announce").orElseThrow().fields()).isEqualTo(JsonValue.object(
        "channel", "deploys",
        "message", "2.4.0 to staging <[&quot;a@x.io&quot;,&quot;b@x.io&quot;]> [\"a@x.io\",\"b@x.io\"]"));
    assertThat(result.block("announce").orElseThrow().outputs()).isEqualTo(JsonValue.object("ts", "1.2"));
    assertThat(result.variables()).containsEntry("version", JsonValue.of("2.4.0"))
        .containsEntry("environment", JsonValue.of("staging"));
  }

  @Test
  void aMissingAnswerFailsTheRunNamingTheBlockAndWhatToAdd() {
    RunResult result = engine.run(FETCH_AND_ANNOUNCE, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.executed()).containsExactly("fetch");
    assertThat(result.failure()).contains("block 'fetch' (HTTP_REQUEST): no answer for POST "
        + "https://api.example.com/services/?env=staging; add responses: {fetch: {status: 200, body: …}}");
  }

  @Test
  void anHttpErrorStatusFailsTheBlock() {
    RunResult result = engine.run(FETCH_AND_ANNOUNCE, RunInput.builder()
        .answer("fetch", Answer.http(404, Map.of("message", "no such service"))).build());

    assertThat(result.failure()).contains(
        "block 'fetch' (HTTP_REQUEST): POST https://api.example.com/services/?env=staging answered 404");
    assertThat(result.block("fetch").orElseThrow().outputs()).isEqualTo(JsonValue.object(
        "body", Map.of("message", "no such service"), "status", 404, "headers", Map.of()));
  }

  @Test
  void anIntegrationErrorAnswerFailsTheBlockWithItsText() {
    RunResult result = engine.run(FETCH_AND_ANNOUNCE, RunInput.builder()
        .answer("fetch", Answer.http(200, Map.of("owners", List.of())))
        .answer("announce", Answer.error("channel_not_found")).build());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).contains("block 'announce' (SLACK): channel_not_found");
  }

  @Test
  void defaultAnswersLetARunThroughWithoutStubs() {
    RunResult result = engine.run(FETCH_AND_ANNOUNCE, RunInput.builder().defaultAnswers(true).build());

    // the default body {} has no owners: jq maps over null, which is an error jq reports
    assertThat(result.executed()).containsExactly("fetch", "pick");
    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("block 'pick' (JQ): jq: "));
  }

  @Test
  void jqErrorFailsTheBlockWithExactlyItsMessage() {
    Workflow wf = Workflows.global("  []", """
        - slug: parse
          name: Parse
          isRootAction: true
          outgoingActions: []
          schema:
            type: JQ
            expression: |
              .variables.repo as $repo |
              if ($repo == null or $repo == "") then error("No GitHub repository linked to this entity.")
              else ($repo | split("/")) as $p | {owner: $p[0], repo: $p[1]} end
        """);

    RunResult failed = engine.run(wf, RunInput.empty());
    assertThat(failed.failure()).contains("block 'parse' (JQ): No GitHub repository linked to this entity.");
  }

  @Test
  void initialContextKeysSeedOnlyDeclaredVariables() {
    Workflow wf = Workflows.global("  - {slug: repo, type: STRING, defaultValue: none}", """
        - slug: parse
          name: Parse
          isRootAction: true
          outgoingActions: []
          schema: {type: JQ, expression: '.variables.repo | split("/") | {owner: .[0], repo: .[1]}'}
        """);

    RunResult result = engine.run(wf, RunInput.builder().initialContext("repo", "acme/payments")
        .initialContext("other", 1).build());

    assertThat(result.block("parse").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("result", Map.of("owner", "acme", "repo", "payments")));
    assertThat(result.variables()).containsOnlyKeys("repo");
  }

  @Test
  void anUnknownBlockTypeFailsTheRunNamingIt() {
    Workflow wf = Workflows.global("  []", """
        - {slug: wait, name: Wait, isRootAction: true, outgoingActions: [], schema: {type: WAIT, seconds: 5}}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.failure()).contains("block 'wait' (WAIT): type 'WAIT' cannot run locally: the engine runs "
        + "the 16 block types of the Cortex API");
  }

  @Test
  void runResponseTemplateIsRenderedOnCompletionAndTheFailedOneOnFailure() {
    Workflow wf = Workflows.yaml("""
        name: T
        tag: t
        filter: {type: GLOBAL}
        runResponseTemplate: "Deployed {{actions.a.outputs.result}}"
        failedRunResponseTemplate: "Could not deploy {{context.initialContext.v}}"
        actions:
          - {slug: a, name: A, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: '.context.initialContext.v | if . == "0" then error("zero") else . end'}}
        """);

    assertThat(engine.run(wf, RunInput.builder().initialContext("v", "1.2.3").build()).runResponse())
        .contains("Deployed 1.2.3");
    RunResult failed = engine.run(wf, RunInput.builder().initialContext("v", "0").build());
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.runResponse()).contains("Could not deploy 0");
  }

  @Test
  void contextHoldsWhatCortexExposes() {
    Workflow wf = Workflows.global("  []", """
        - {slug: a, name: A, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: '.context'}}
        """);

    RunResult result = engine.run(wf, RunInput.builder().workflowRunId("run-7")
        .initiatedBy(Map.of("email", "a@example.com", "name", "A")).build());

    assertThat(result.block("a").orElseThrow().outputs()).isEqualTo(JsonValue.object("result", JsonValue.object(
        "initiatedBy", Map.of("email", "a@example.com", "name", "A"),
        "user", Map.of("email", "a@example.com", "name", "A"),
        "initialContext", Map.of(),
        "secrets", Map.of(),
        "workflowRunId", "run-7",
        "initiatedAtIso8601Timestamp", "2026-01-01T00:00:00Z")));
  }
}

package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.net.URI;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class PausedRunTest {
  private static final RunEngine engine = RunEngine.create();

  private static final Workflow RELEASE = Workflows.global("  - {slug: version, type: STRING, defaultValue: 1.0.0}",
      """
        - slug: approve
          name: Approve
          isRootAction: true
          outgoingActions: [deploy]
          schema: {type: MANUAL_APPROVAL, approvingTeamIds: [t1]}
        - slug: deploy
          name: Deploy
          outgoingActions: [announce]
          schema:
            type: HTTP_REQUEST_ASYNC
            httpMethod: POST
            url: http://release.example.com/deploys
            headers: {}
            payload: '{"version": "{{variables.version}}", "callback": "{{{callbackUrl}}}"}'
        - slug: announce
          name: Announce
          outgoingActions: []
          schema:
            type: SLACK
            channel: deploys
            message: "Deployed {{actions.deploy.outputs.result.output.url}}"
      """);

  private static RunInput waitingForTheCallback() {
    return RunInput.builder().approval("approve", true).answer("deploy", Answer.http(202))
        .answer("announce", Answer.outputs(Map.of())).build();
  }

  @Test
  void aPausedAsyncBlockContinuesWithItsCallbackAndTheRunCompletes() {
    RunResult paused = engine.run(RELEASE, waitingForTheCallback());

    RunResult done = paused.resume().callback("deploy", "SUCCESS", Map.of("url", "https://app/1.0.0"));

    assertThat(paused.resume().blockSlug()).isEqualTo("deploy");
    assertThat(paused.resume().blockType()).isEqualTo("HTTP_REQUEST_ASYNC");
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.pausedAt()).isEmpty();
    assertThat(done.pausedRun()).isEmpty();
    assertThat(done.executed()).containsExactly("approve", "deploy", "announce");
    assertThat(done.block("deploy").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.block("deploy").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("result", Map.of("output", Map.of("url", "https://app/1.0.0"))));
    assertThat(done.request("deploy")).isEqualTo(paused.request("deploy"));
    assertThat(done.request("announce").orElseThrow().field("message"))
        .isEqualTo(JsonValue.of("Deployed https://app/1.0.0"));
  }

  @Test
  void aResumedRunIsTheRunWhoseAnswerGaveTheCallbackAndThePausedRunStaysAsItWas() {
    RunResult paused = engine.run(RELEASE, waitingForTheCallback());
    RunResult inOneGo = engine.run(RELEASE, RunInput.builder().approval("approve", true)
        .answer("deploy", Answer.http(202).withCallback("SUCCESS", Map.of("url", "u")))
        .answer("announce", Answer.outputs(Map.of())).build());

    RunResult resumed = paused.resume().callback("deploy", "SUCCESS", Map.of("url", "u"));

    assertThat(resumed.blocks()).isEqualTo(inOneGo.blocks());
    assertThat(resumed.state()).isEqualTo(inOneGo.state());
    assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(paused.executed()).containsExactly("approve", "deploy");
    assertThat(paused.resume().callback("deploy", "SUCCESS", Map.of("url", "u")).state()).isEqualTo(inOneGo.state());
  }

  @Test
  void aFailureCallbackFailsTheBlockWithItsMessage() {
    RunResult failed = engine.run(RELEASE, waitingForTheCallback()).resume()
        .callback("deploy", "FAILURE", "the cluster is full", Map.of());

    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.failure())
        .contains("block 'deploy' (HTTP_REQUEST_ASYNC): the callback reports FAILURE: the cluster is full");
    assertThat(failed.executed()).containsExactly("approve", "deploy");
  }

  @Test
  void anApprovalWithoutADecisionPausesTheRunUntilItIsApprovedOrRejected() {
    RunResult waiting = engine.run(RELEASE, RunInput.builder().answer("deploy", Answer.http(202)).build());

    RunResult approved = waiting.resume().approve("approve");
    RunResult rejected = waiting.resume().reject("approve");

    assertThat(waiting.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(waiting.pausedAt()).contains("approve");
    assertThat(waiting.block("approve").orElseThrow().status()).isEqualTo(RunStatus.PAUSED);
    assertThat(approved.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(approved.pausedAt()).contains("deploy");
    assertThat(approved.block("approve").orElseThrow().outputs()).isEqualTo(JsonValue.object("approved", true));
    assertThat(rejected.status()).isEqualTo(RunStatus.FAILED);
    assertThat(rejected.failure()).contains("block 'approve' (MANUAL_APPROVAL): the approval was rejected");
  }

  @Test
  void resumingTheWrongBlockOrARunThatIsNotPausedSaysWhatTheRunWaitsOn() {
    RunResult paused = engine.run(RELEASE, waitingForTheCallback());
    RunResult done = paused.resume().callback("deploy", "SUCCESS", Map.of());

    assertThatThrownBy(() -> paused.resume().approve("deploy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the run waits on block 'deploy' (HTTP_REQUEST_ASYNC), not on a decision of block 'deploy'");
    assertThatThrownBy(() -> paused.resume().callback("approve", "SUCCESS", Map.of()))
        .hasMessage("the run waits on block 'deploy' (HTTP_REQUEST_ASYNC), not on a callback of block 'approve'");
    assertThatThrownBy(done::resume)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("run of 't' is COMPLETED, not PAUSED");
  }

  @Test
  void aRequestSentToALocalServerIsNotSentAgainWhenTheRunContinues() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(202));
      server.start();
      RunResult paused = engine.run(RELEASE, RunInput.builder().approval("approve", true)
          .sendHttpTo("deploy", URI.create(server.url("/").toString()))
          .answer("announce", Answer.outputs(Map.of())).build());

      RunResult done = paused.resume().callback("deploy", "SUCCESS", Map.of("url", "x"));

      assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
      assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void theCallbackUrlNamesTheWorkflowIdWhenOneIsGiven() {
    RunResult paused = engine.run(RELEASE, RunInput.builder().approval("approve", true)
        .answer("deploy", Answer.http(202)).workflowId("wf123").callbackBase("http://127.0.0.1:9").build());

    assertThat(paused.request("deploy").orElseThrow().body()).contains("{\"version\": \"1.0.0\", \"callback\": "
        + "\"http://127.0.0.1:9/api/v1/workflows/wf123/callback/bG9jYWwtcnVuLTEjZGVwbG95\"}");
  }
}

package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PausedRunAssertTest {
  private static final Workflow RELEASE = WorkflowYaml.read("""
      name: Release
      tag: release
      filter: {type: GLOBAL}
      actions:
        - {slug: approve, name: Approve, isRootAction: true, outgoingActions: [deploy],
           schema: {type: MANUAL_APPROVAL, approvingTeamIds: [t1]}}
        - slug: deploy
          name: Deploy
          outgoingActions: [show]
          schema: {type: HTTP_REQUEST_ASYNC, httpMethod: POST, url: https://release.example.com/deploys, headers: {}}
        - {slug: show, name: Show, outgoingActions: [],
           schema: {type: JQ, expression: '.actions.deploy.outputs.result.output.url'}}
      """).workflow();

  private final WorkflowRun release = WorkflowRun.of(RELEASE).answer("deploy", Answer.http(202));

  @Test
  void aPausedRunIsContinuedFluentlyByItsApprovalAndItsCallback() {
    assertThat(release.run())
        .isPausedAt("approve")
        .afterApproving("approve")
        .isPausedAt("deploy")
        .afterCallback("deploy", "SUCCESS", Map.of("url", "https://app"))
        .isCompleted()
        .executed("approve", "deploy", "show")
        .hasOutputs("show", Map.of("result", "https://app"));
  }

  @Test
  void aRejectionOrAFailureCallbackFailsTheContinuedRun() {
    assertThat(release.run()).afterRejecting("approve")
        .failedWith("block 'approve' (MANUAL_APPROVAL): the approval was rejected");
    assertThat(release.approve("approve").run()).afterCallback("deploy", "FAILURE", Map.of())
        .failedWith("block 'deploy' (HTTP_REQUEST_ASYNC): the callback reports FAILURE");
  }

  @Test
  void continuingARunThatDoesNotWaitThereSaysWhereItPaused() {
    assertThatThrownBy(() -> assertThat(release.run()).afterCallback("deploy", "SUCCESS", Map.of()))
        .hasMessage("Expecting run of 'release' to pause at 'deploy' but it paused at 'approve'");
  }
}

package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunResultAssertTest {
  private static final Workflow DEPLOY = WorkflowYaml.read("""
      name: Deploy
      tag: deploy
      filter: {type: GLOBAL}
      runResponseTemplate: "Deployed {{variables.version}}"
      variables:
        - {slug: version, type: STRING}
      actions:
        - slug: fetch
          name: Fetch
          isRootAction: true
          outgoingActions: [route]
          schema:
            type: HTTP_REQUEST
            httpMethod: POST
            url: https://api.example.com/deploys
            headers: {Authorization: "Bearer {{context.secrets.token}}"}
            payload: '{"version": "{{variables.version}}", "dryRun": false}'
        - slug: route
          name: Route
          outgoingActions: [big, rollback]
          schema:
            type: CONDITIONAL_BRANCH
            branches:
              - {name: Big, slug: big-path, outgoingAction: big, expression: 'actions.fetch.outputs.body.replicas > 2'}
            fallbackBranch: {name: Small, slug: small-path, outgoingAction: rollback}
        - {slug: big, name: Big, outgoingActions: [], schema: {type: JQ, expression: '.actions.fetch.outputs.body.replicas'}}
        - {slug: rollback, name: Rollback, outgoingActions: [], schema: {type: JQ, expression: '"rolled back"'}}
      """).workflow();

  private static RunResult run(int replicas) {
    return WorkflowRun.of(DEPLOY).initialContext("version", "1.2.3").secret("token", "s3cret")
        .answer("fetch", Answer.http(200, Map.of("replicas", replicas, "ids", List.of(1, 2))))
        .run();
  }

  @Test
  void passesOnARunThatDoesWhatIsExpected() {
    assertThat(run(3))
        .isCompleted()
        .executed("fetch", "route", "big")
        .didNotExecute("rollback")
        .hasVariable("version", "1.2.3")
        .hasOutputs("fetch", Map.of("body", Map.of("replicas", 3.0)))
        .hasOutputs("big", Map.of("result", 3))
        .hasRunResponse("Deployed 1.2.3")
        .request("fetch")
        .hasMethod("POST")
        .hasUrl("https://api.example.com/deploys")
        .hasHeader("Authorization", "Bearer s3cret")
        .hasJsonBody("{\"dryRun\": false, \"version\": \"1.2.3\"}")
        .hasJsonBody(Map.of("version", "1.2.3"))
        .and()
        .isCompleted();
  }

  @Test
  void aWrongOrderNamesWhatRan() {
    assertThatThrownBy(() -> assertThat(run(1)).executed("fetch", "route", "big"))
        .hasMessage("Expecting run of 'deploy' to run exactly [fetch, route, big] in this order but it ran "
            + "[fetch, route, rollback]");
  }

  @Test
  void aBlockThatRanAgainstExpectationIsNamed() {
    assertThatThrownBy(() -> assertThat(run(1)).didNotExecute("big", "rollback"))
        .hasMessage("Expecting run of 'deploy' not to run [rollback] but it ran [fetch, route, rollback]");
  }

  @Test
  void aWrongOutputShowsThePathExpectedAndActual() {
    assertThatThrownBy(() -> assertThat(run(3)).hasOutputs("fetch", Map.of("body", Map.of("ids", List.of(1, 3)))))
        .hasMessage("Expecting run of 'deploy' to give block 'fetch' outputs {\"body\":{\"ids\":[1,3]}} but at "
            + "body.ids[1]: expected 3 but was 2; its outputs: {\"body\":{\"ids\":[1,2],\"replicas\":3},"
            + "\"headers\":{},\"status\":200}");
  }

  @Test
  void aWrongJsonBodyShowsTheDifferenceAndTheBody() {
    assertThatThrownBy(() -> assertThat(run(3)).request("fetch").hasJsonBody("{\"version\": \"1.2.4\"}"))
        .hasMessage("Expecting run of 'deploy' to send from block 'fetch' a body with {\"version\":\"1.2.4\"} but "
            + "at body.version: expected \"1.2.4\" but was \"1.2.3\"; it sent {\"version\": \"1.2.3\", \"dryRun\": false}");
  }

  @Test
  void aFailedRunShowsWhyWhenCompletionWasExpected() {
    RunResult failed = WorkflowRun.of(DEPLOY).run();

    assertThatThrownBy(() -> assertThat(failed).isCompleted())
        .hasMessage("Expecting run of 'deploy' to be COMPLETED but it was FAILED (it failed: block 'fetch' "
            + "(HTTP_REQUEST): no answer for POST https://api.example.com/deploys; add responses: {fetch: "
            + "{status: 200, body: …}}); blocks run: [fetch]");
    assertThat(failed).failedWith("block 'fetch' (HTTP_REQUEST): no answer for POST https://api.example.com/"
        + "deploys; add responses: {fetch: {status: 200, body: …}}");
  }

  @Test
  void aWrongVariableAndAMissingOneAreNamed() {
    assertThatThrownBy(() -> assertThat(run(3)).hasVariable("version", "2.0"))
        .hasMessage("Expecting run of 'deploy' to end with variable 'version' = \"2.0\" but it was \"1.2.3\"");
    assertThatThrownBy(() -> assertThat(run(3)).hasVariable("env", "prod"))
        .hasMessage("Expecting run of 'deploy' to end with variable 'env' but the workflow has no such variable "
            + "(variables: [version])");
  }

  @Test
  void askingForTheRequestOfABlockThatSendsNoneFails() {
    assertThatThrownBy(() -> assertThat(run(3)).request("big"))
        .hasMessage("Expecting run of 'deploy' to record a request of block 'big' but a JQ block sends none");
  }
}

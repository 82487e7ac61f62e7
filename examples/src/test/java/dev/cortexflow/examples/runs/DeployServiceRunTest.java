package dev.cortexflow.examples.runs;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.examples.DeployService;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.testing.WorkflowRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the logic of {@link DeployService}: one test per path that matters. */
class DeployServiceRunTest {
  private static final Workflow DEPLOY = new DeployService().workflow();

  private static WorkflowRun deploy(String version, String environment) {
    return WorkflowRun.of(DEPLOY)
        .entity(Map.of("tag", "payments", "name", "Payments"))
        .initiatedBy(Map.of("email", "ada@example.com", "name", "Ada"))
        .secret("release-api-token", "r3lease")
        .input("choose", Map.of("version", version, "environment", environment))
        .answer("announce", Answer.outputs(Map.of()));
  }

  @Test
  void aProductionDeployWaitsForTheReleaseSystemsCallbackThenAnnounces() {
    assertThat(deploy("2.4.0", "prod").approve("approve")
            .answer("deploy-prod", Answer.http(202).withCallback("SUCCESS", Map.of("url", "https://app/2.4.0")))
            .run())
        .isCompleted()
        .executed("choose", "remember-environment", "approve", "route", "deploy-prod", "announce")
        .didNotExecute("deploy-staging")
        .hasVariable("environment", "prod")
        .hasOutputs("route", Map.of("branch", "production"))
        .hasRunResponse("Deployed **2.4.0** to prod.")
        .request("deploy-prod")
        .hasMethod("POST")
        .hasUrl("https://release.internal.example.com/api/deploys")
        .hasHeader("Authorization", "Bearer r3lease")
        .hasJsonBody(Map.of("service", "payments", "version", "2.4.0"))
        .and()
        .request("announce")
        .hasField("message", "Ada deployed Payments 2.4.0 to prod");
  }

  @Test
  void aStagingDeployTakesTheFallbackWithAPlainRequest() {
    assertThat(deploy("2.4.0", "staging").approve("approve")
            .answer("deploy-staging", Answer.http(200, Map.of("ok", true)))
            .run())
        .isCompleted()
        .executed("choose", "remember-environment", "approve", "route", "deploy-staging", "announce")
        .hasOutputs("route", Map.of("branch", "staging"))
        .request("deploy-staging")
        .hasUrl("https://staging.internal.example.com/deploy/payments")
        .hasJsonBody("{\"version\": \"2.4.0\"}");
  }

  @Test
  void aRejectedApprovalDeploysNothing() {
    assertThat(deploy("2.4.0", "prod").reject("approve").run())
        .failedWith("block 'approve' (MANUAL_APPROVAL): the approval was rejected")
        .didNotExecute("deploy-prod", "deploy-staging", "announce");
  }

  @Test
  void aVersionThatIsNotSemanticIsRefusedByTheForm() {
    assertThat(deploy("2.4", "prod").run())
        .failedWith("block 'choose' (USER_INPUT): input 'version': '2.4' does not match validationRegex "
            + "\\d+\\.\\d+\\.\\d+")
        .executed("choose");
  }

  @Test
  void withoutTheReleaseSystemsCallbackTheRunStaysPaused() {
    assertThat(deploy("2.4.0", "prod").approve("approve").answer("deploy-prod", Answer.http(202)).run())
        .isPausedAt("deploy-prod")
        .didNotExecute("announce");
  }

  @Test
  void aFailedProductionDeployStopsBeforeTheAnnouncement() {
    assertThat(deploy("2.4.0", "prod").approve("approve")
            .answer("deploy-prod", Answer.http(202).withCallback("FAILURE", "health checks failed", Map.of()))
            .run())
        .failedWith("block 'deploy-prod' (HTTP_REQUEST_ASYNC): the callback reports FAILURE: health checks failed")
        .didNotExecute("announce");
  }
}

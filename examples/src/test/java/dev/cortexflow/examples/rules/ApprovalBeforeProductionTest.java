package dev.cortexflow.examples.rules;

import static dev.cortexflow.examples.rules.RuleFixtures.approval;
import static dev.cortexflow.examples.rules.RuleFixtures.async;
import static dev.cortexflow.examples.rules.RuleFixtures.branch;
import static dev.cortexflow.examples.rules.RuleFixtures.http;
import static dev.cortexflow.examples.rules.RuleFixtures.pass;
import static dev.cortexflow.examples.rules.RuleFixtures.root;
import static dev.cortexflow.examples.rules.RuleFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.testing.CortexflowAssertions;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalBeforeProductionTest {

  private static final WorkflowValidator VALIDATOR = WorkflowValidator.standard().with(new ApprovalBeforeProduction());

  private static List<String> violations(Workflow workflow) {
    return VALIDATOR.validate(workflow).violations().stream().map(Violation::toString).toList();
  }

  @Test
  void aProductionCallWithoutAnyApprovalIsAnErrorNamingThePath() {
    Workflow wf = workflow(root(pass("start", "deploy")), http("deploy", "https://deploy.prod.example.com/v1"));

    assertThat(violations(wf)).containsExactly("ERROR APPROVAL_BEFORE_PRODUCTION at /actions/1/schema/url:"
        + " block 'deploy' (actions[1]) calls production host 'deploy.prod.example.com', but the path start ->"
        + " deploy passes no MANUAL_APPROVAL block: put a MANUAL_APPROVAL block on every path to 'deploy'");
  }

  @Test
  void anApprovalOnOnlySomePathsIsNamedAsTheApprovalTheCallLacks() {
    Workflow wf = workflow(root(branch("route", "deploy", "approve", "skip")), approval("approve", "deploy"),
        pass("skip", "deploy"), async("deploy", "https://api-prod.example.com/deploys"));

    assertThat(violations(wf)).containsExactly("ERROR APPROVAL_BEFORE_PRODUCTION at /actions/3/schema/url:"
        + " block 'deploy' (actions[3]) calls production host 'api-prod.example.com', but the path route -> skip ->"
        + " deploy passes no MANUAL_APPROVAL block ('approve' runs before it on other paths only): put a"
        + " MANUAL_APPROVAL block on every path to 'deploy'");
  }

  @Test
  void differentApprovalsOnEveryPathAreEnoughThoughNoneDominatesTheCall() {
    Workflow wf = workflow(root(branch("route", "deploy", "lead", "manager")), approval("lead", "deploy"),
        approval("manager", "deploy"), http("deploy", "https://prod.example.com/deploy"));

    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void aCallAtTheRootIsNeverApproved() {
    Workflow wf = workflow(root(http("deploy", "https://PROD.example.com")));

    assertThat(violations(wf)).containsExactly("ERROR APPROVAL_BEFORE_PRODUCTION at /actions/0/schema/url:"
        + " block 'deploy' (actions[0]) calls production host 'PROD.example.com', but it is the root, so no"
        + " MANUAL_APPROVAL block runs before it: put a MANUAL_APPROVAL block on every path to 'deploy'");
  }

  @Test
  void onlyTheHostCountsNotThePathUserInfoOrPort() {
    Workflow wf = workflow(root(http("a", "https://api.example.com/prod/deploy?env=prod", "b")),
        http("b", "https://prod-user@staging.example.com:8443/x", "c"), http("c", "http://staging.example.com"));

    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void anApprovedProductionCallAndNonHttpBlocksAreFine() {
    Workflow wf = workflow(root(pass("start", "approve")), approval("approve", "deploy"),
        async("deploy", "https://{{context.secrets.region}}.prod.example.com/deploys", "done"), pass("done"));

    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void aRelativeUrlTakesTheHostOfTargetHost() {
    Block call = RuleFixtures.block("call", HttpRequest.builder().url("/deploys").httpMethod(HttpMethod.POST)
        .targetHost("https://gitlab.prod.example.com").build());

    assertThat(ApprovalBeforeProduction.productionHost(call)).contains("gitlab.prod.example.com");
    assertThat(ApprovalBeforeProduction.productionHost(RuleFixtures.block("plain", HttpRequest.builder()
        .url("/deploys").httpMethod(HttpMethod.POST).targetHost("prod-gitlab").build()))).contains("prod-gitlab");
  }

  @Test
  void hostsAreReadFromAbsoluteUrlsOnly() {
    assertThat(ApprovalBeforeProduction.host("https://u:p@h.example.com:443/a#b")).contains("h.example.com");
    assertThat(ApprovalBeforeProduction.host("http://[::1]:8080/x")).contains("[::1]");
    assertThat(ApprovalBeforeProduction.host("https://h?q")).contains("h");
    assertThat(ApprovalBeforeProduction.host("/repos/x")).isEqualTo(Optional.empty());
  }

  @Test
  void aGraphWithACycleIsLeftToTheStandardRules() {
    Workflow wf = workflow(root(pass("a", "deploy")), http("deploy", "https://prod.example.com", "a"));

    assertThat(VALIDATOR.validate(wf).violations()).extracting(v -> v.code().name()).containsExactly("CYCLE");
  }

  @Test
  void theTestKitAssertsTheRulesCode() {
    Workflow wf = workflow(root(pass("start", "deploy")), http("deploy", "https://deploy.prod.example.com"));

    CortexflowAssertions.assertThat(wf).isValid().usingValidator(VALIDATOR)
        .hasViolation(ApprovalBeforeProduction.CODE, "/actions/1/schema/url");
    assertThatThrownBy(() -> CortexflowAssertions.assertThat(wf).usingValidator(VALIDATOR).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting workflow 'wf' to be valid, but it has 1 error:\n"
            + "  ERROR APPROVAL_BEFORE_PRODUCTION at /actions/1/schema/url: block 'deploy' (actions[1])");
  }
}

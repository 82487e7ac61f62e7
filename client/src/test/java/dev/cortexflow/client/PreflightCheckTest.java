package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.validate.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreflightCheckTest {

  private static final List<Team> TEAMS = List.of(new Team("tm123", "platform", "Platform", false));
  private static final List<Secret> SECRETS = List.of(new Secret("se1", "deploy-token", Optional.empty()));

  @Test
  void accepts_known_teams_by_id_or_tag_and_known_secrets() {
    PreflightCheck check = PreflightCheck.of(TEAMS, SECRETS);
    assertThat(check.check(TestWorkflows.approvalAndCall("w", "tm123", "deploy-token"))).isEmpty();
    assertThat(check.check(TestWorkflows.approvalAndCall("w", "platform", "deploy-token"))).isEmpty();
  }

  @Test
  void reports_unknown_teams_in_approvals_and_run_restrictions_and_unknown_secrets() {
    // given
    PreflightCheck check = PreflightCheck.of(TEAMS, SECRETS);

    // when
    List<Violation> found = check.check(TestWorkflows.approvalAndCall("w", "platfrom", "deploy-tokn"));

    // then
    assertThat(found).extracting(Violation::toString).containsExactly(
        "ERROR UNKNOWN_TEAM at /runRestrictionPolicies/0/id: runRestrictionPolicies[0] names team 'platfrom', "
            + "which is no team",
        "ERROR UNKNOWN_TEAM at /actions/0/schema/approvingTeamIds/0: block 'approve' (actions[0]): "
            + "approvingTeamIds names 'platfrom', which is no team",
        "ERROR UNKNOWN_SECRET at /actions/1/schema/headers/Authorization: block 'call' (actions[1]): reads secret 'deploy-tokn', which is no "
            + "secret");
    assertThat(found).allMatch(Violation::isError);
  }

  @Test
  void reports_unknown_secrets_in_response_templates_without_a_block() {
    // given
    var workflow = TestWorkflows.approvalAndCall("w", "platform", "deploy-token").toBuilder()
        .runResponseTemplate("token was {{context.secrets.gone}}").build();

    // when / then
    assertThat(PreflightCheck.of(TEAMS, SECRETS).check(workflow)).extracting(Violation::toString)
        .containsExactly("ERROR UNKNOWN_SECRET at /runResponseTemplate: reads secret 'gone', which is no secret");
  }

  @Test
  void loads_teams_and_secrets_from_the_workspace() throws Exception {
    try (MockApi api = new MockApi()) {
      // given
      api.enqueue(200, "{\"teams\":[{\"id\":\"tm123\",\"teamTag\":\"platform\",\"metadata\":{\"name\":\"P\"}}]}");
      api.enqueue(200, "{\"page\":0,\"total\":1,\"totalPages\":1,\"secrets\":[{\"id\":\"s\",\"tag\":\"deploy-token\"}]}");

      // when
      PreflightCheck check = PreflightCheck.against(api.client);

      // then
      assertThat(check.check(TestWorkflows.approvalAndCall("w", "platform", "deploy-token"))).isEmpty();
      assertThat(check.check(TestWorkflows.approvalAndCall("w", "platform", "other")))
          .extracting(Violation::code).containsExactly(PreflightCode.UNKNOWN_SECRET);
      assertThat(api.server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void every_preflight_code_is_a_rule_code_with_one_line_of_help() {
    for (PreflightCode code : PreflightCode.values()) {
      assertThat(code.help()).as(code.name()).isNotBlank().doesNotContain("\n");
    }
    assertThat(PreflightCode.UNKNOWN_SECRET.help())
        .isEqualTo("A context.secrets reference names no secret of the workspace: add the secret or fix its tag.");
  }
}

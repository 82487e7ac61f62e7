package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ManualApproval;
import org.junit.jupiter.api.Test;

class RequiredFieldRuleTest {

  @Test
  void rejects_an_empty_workflow_name_and_block_url() {
    var wf = workflow(block("call", HttpRequest.builder().url(" ").httpMethod(HttpMethod.GET).build())
        .withIsRootAction(true)).name("");
    assertThat(violations(wf)).containsExactly(
        Violation.error(ViolationCode.MISSING_FIELD, "/name", "name is empty, but Cortex requires it: set a value"),
        Violation.error(ViolationCode.MISSING_FIELD, "/actions/0/schema/url",
            "block 'call' (actions[0]): schema.url is empty, but Cortex requires it: set a value"));
  }

  @Test
  void rejects_an_empty_branch_expression_at_its_pointer() {
    var route = block("route", ConditionalBranch.builder().addBranches(path("p1", "a").withExpression(""))
        .build(), "a").withIsRootAction(true);
    assertThat(violations(workflow(route, Fixtures.jq("a")))).containsExactly(Violation.error(
        ViolationCode.MISSING_FIELD, "/actions/0/schema/branches/0/expression",
        "block 'route' (actions[0]): schema.branches[0].expression is empty, but Cortex requires it: set a value"));
  }

  @Test
  void warns_about_an_approval_nobody_can_give() {
    var wf = workflow(block("approve", ManualApproval.builder().build()).withIsRootAction(true));
    assertThat(violations(wf)).containsExactly(Violation.warning(ViolationCode.MISSING_FIELD,
        "/actions/0/schema/approvingTeamIds", "block 'approve' (actions[0]): schema.approvingTeamIds is empty, so"
            + " nobody can approve: add the id of a team"));
  }

  @Test
  void accepts_omitted_fields_the_server_fills_in() {
    // given: no variables, no ownershipScope, no headers, no inputOverrides: all defaulted by Cortex
    assertThat(violations(workflow(root("only")))).isEmpty();
  }
}

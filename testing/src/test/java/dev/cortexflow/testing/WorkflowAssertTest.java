package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.ViolationCode;
import org.junit.jupiter.api.Test;

class WorkflowAssertTest {

  private final Workflow deploy = TestWorkflows.deploy();

  // root -> a -> notfy (no such block); b is unreachable
  private final Workflow broken = workflow("broken", root("root", "a"), jq("a", "notfy"), jq("b")).build();

  private static final String BROKEN_VIOLATIONS = "\n"
      + "  ERROR UNKNOWN_TARGET at /actions/1/outgoingActions/0: block 'a' (actions[1]): outgoingActions names"
      + " 'notfy', which is no block (known: a, b, root)\n"
      + "  ERROR UNREACHABLE at /actions/2: block 'b' (actions[2]): no path from the root 'root' leads here, so it"
      + " never runs: name it in the outgoingActions of the block before it, or remove it";

  @Test
  void has_tag_passes_on_the_tag_and_names_both_tags_otherwise() {
    assertThat(deploy).hasTag("deploy");

    assertThatThrownBy(() -> assertThat(deploy).hasTag("deploy-service"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow to have tag 'deploy-service' but its tag is 'deploy'");
  }

  @Test
  void is_valid_passes_without_errors_and_lists_every_violation_otherwise() {
    assertThat(deploy).isValid();

    assertThatThrownBy(() -> assertThat(broken).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'broken' to be valid, but it has 2 errors:""" + BROKEN_VIOLATIONS);
  }

  @Test
  void is_valid_allows_warnings_but_has_no_violations_does_not() {
    Workflow nobodyApproves = workflow("nobody-approves", root("root", "approve"),
        TestWorkflows.block("approve", ManualApproval.builder().build())).build();

    assertThat(nobodyApproves).isValid();
    assertThatThrownBy(() -> assertThat(nobodyApproves).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'nobody-approves' to have no violations, but it has 1 violation:\n"
            + "  WARNING MISSING_FIELD at /actions/1/schema/approvingTeamIds: block 'approve' (actions[1]):"
            + " schema.approvingTeamIds is empty, so nobody can approve: add the id of a team");
  }

  @Test
  void has_no_violations_passes_on_a_clean_workflow() {
    assertThat(deploy).hasNoViolations();

    assertThatThrownBy(() -> assertThat(broken).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'broken' to have no violations, but it has 2 violations:""" + BROKEN_VIOLATIONS);
  }

  @Test
  void has_violation_finds_a_code_and_lists_what_there_is_otherwise() {
    assertThat(broken).hasViolation(ViolationCode.UNREACHABLE);

    assertThatThrownBy(() -> assertThat(broken).hasViolation(ViolationCode.CYCLE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'broken' to have violation CYCLE, but it has:""" + BROKEN_VIOLATIONS);
    assertThatThrownBy(() -> assertThat(deploy).hasViolation(ViolationCode.CYCLE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to have violation CYCLE, but it has no violations");
  }

  @Test
  void has_violation_at_a_pointer_needs_both_code_and_pointer_to_match() {
    assertThat(broken).hasViolation(ViolationCode.UNKNOWN_TARGET, "/actions/1/outgoingActions/0");

    assertThatThrownBy(() -> assertThat(broken).hasViolation(ViolationCode.UNKNOWN_TARGET, "/actions/0"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'broken' to have violation UNKNOWN_TARGET at '/actions/0',"""
            + " but it has:" + BROKEN_VIOLATIONS);
  }

  @Test
  void has_variable_passes_on_a_declared_variable_and_lists_the_declared_ones_otherwise() {
    assertThat(deploy).hasVariable("environment");

    assertThatThrownBy(() -> assertThat(deploy).hasVariable("region"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to declare variable 'region', but it declares ['environment']");
    assertThatThrownBy(() -> assertThat(broken).hasVariable("region"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'broken' to declare variable 'region', but it declares none");
  }

  @Test
  void has_blocks_in_order_follows_declaration_order() {
    assertThat(deploy).hasBlocksInOrder("choose", "route", "announce");

    assertThatThrownBy(() -> assertThat(deploy).hasBlocksInOrder("choose", "announce", "route"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to declare blocks in the order ['choose', 'announce', 'route'],"
            + " but 'route' comes before 'announce' in ['choose', 'approve', 'route', 'deploy-prod',"
            + " 'deploy-staging', 'announce']");
  }

  @Test
  void an_unknown_slug_fails_naming_the_known_blocks() {
    assertThatThrownBy(() -> assertThat(deploy).hasBlock("notify"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to have block 'notify', but its blocks are ['choose', 'approve',"
            + " 'route', 'deploy-prod', 'deploy-staging', 'announce']");
  }

  @Test
  void a_description_prefixes_the_message() {
    assertThatThrownBy(() -> assertThat(deploy).as("the deploy workflow").hasTag("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("[the deploy workflow] Expecting workflow to have tag 'x' but its tag is 'deploy'");
  }
}

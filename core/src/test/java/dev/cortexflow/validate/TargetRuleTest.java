package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.fallback;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.ConditionalBranch;
import org.junit.jupiter.api.Test;

class TargetRuleTest {

  @Test
  void rejects_edge_to_unknown_block_and_lists_the_known_ones() {
    assertThat(violations(workflow(root("approve", "deploy"), jq("deploy", "notfy"), jq("notify")),
        ViolationCode.UNKNOWN_TARGET)).containsExactly(Violation.error(ViolationCode.UNKNOWN_TARGET,
            "/actions/1/outgoingActions/0", "block 'deploy' (actions[1]): outgoingActions names 'notfy', which is"
                + " no block (known: approve, deploy, notify)"));
  }

  @Test
  void rejects_unknown_branch_targets_and_joining_action_in_document_order() {
    // given
    var branch = block("route", ConditionalBranch.builder().addBranches(path("prod", "ship"))
        .fallbackBranch(fallback("other", "skip")).joiningAction("joined").build(), "ship", "skip")
        .withIsRootAction(true);

    // then
    assertThat(violations(workflow(branch, jq("end")), ViolationCode.UNKNOWN_TARGET)).containsExactly(
        Violation.error(ViolationCode.UNKNOWN_TARGET, "/actions/0/schema/branches/0/outgoingAction",
            "block 'route' (actions[0]): path 'prod' names 'ship', which is no block (known: end, route)"),
        Violation.error(ViolationCode.UNKNOWN_TARGET, "/actions/0/schema/fallbackBranch/outgoingAction",
            "block 'route' (actions[0]): fallback path 'other' names 'skip', which is no block (known: end, route)"),
        Violation.error(ViolationCode.UNKNOWN_TARGET, "/actions/0/schema/joiningAction",
            "block 'route' (actions[0]): joiningAction names 'joined', which is no block (known: end, route)"),
        Violation.error(ViolationCode.UNKNOWN_TARGET, "/actions/0/outgoingActions/0",
            "block 'route' (actions[0]): outgoingActions names 'ship', which is no block (known: end, route)"),
        Violation.error(ViolationCode.UNKNOWN_TARGET, "/actions/0/outgoingActions/1",
            "block 'route' (actions[0]): outgoingActions names 'skip', which is no block (known: end, route)"));
  }

  @Test
  void shortens_the_known_list_of_a_large_workflow() {
    // given: 12 blocks, the last pointing nowhere
    var builder = workflow(root("b00", "b01"));
    for (int i = 1; i < 12; i++) {
      builder.addActions(jq(String.format("b%02d", i), i == 11 ? "zz" : String.format("b%02d", i + 1)));
    }

    // then
    assertThat(violations(builder, ViolationCode.UNKNOWN_TARGET)).extracting(Violation::message).containsExactly(
        "block 'b11' (actions[11]): outgoingActions names 'zz', which is no block (known: b00, b01, b02, b03, b04,"
            + " b05, b06, b07, b08, b09, … and 2 more)");
  }
}

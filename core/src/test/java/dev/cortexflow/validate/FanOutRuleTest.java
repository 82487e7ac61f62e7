package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FanOutRuleTest {

  @Test
  void rejects_a_non_branch_block_with_two_successors() {
    assertThat(violations(workflow(root("start", "a", "b"), jq("a"), jq("b")))).containsExactly(Violation.error(
        ViolationCode.FAN_OUT, "/actions/0/outgoingActions", "block 'start' (actions[0]): outgoingActions names 2"
            + " blocks (a, b), but only a CONDITIONAL_BRANCH may lead to more than one: keep one, or branch"));
  }

  @Test
  void accepts_a_branch_with_many_successors() {
    var branch = Fixtures.branch("route", null, Fixtures.path("p1", "a"), Fixtures.path("p2", "b"))
        .withIsRootAction(true);
    assertThat(violations(workflow(branch, jq("a"), jq("b")))).isEmpty();
  }
}

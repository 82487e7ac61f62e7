package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CycleRuleTest {

  @Test
  void prints_the_cycle_path_at_the_closing_edge() {
    assertThat(violations(workflow(root("start", "a"), jq("a", "b"), jq("b", "c"), jq("c", "a"))))
        .containsExactly(Violation.error(ViolationCode.CYCLE, "/actions/3/outgoingActions/0",
            "block 'c' (actions[3]): the edge to 'a' closes the cycle a -> b -> c -> a: remove one edge of the"
                + " cycle, workflows cannot loop"));
  }

  @Test
  void reports_a_block_that_leads_to_itself() {
    assertThat(violations(workflow(root("a", "a")), ViolationCode.CYCLE)).extracting(Violation::message)
        .containsExactly("block 'a' (actions[0]): the edge to 'a' closes the cycle a -> a: remove one edge of the"
            + " cycle, workflows cannot loop");
  }

  @Test
  void finds_cycles_that_the_root_cannot_reach() {
    assertThat(violations(workflow(root("start"), jq("x", "y"), jq("y", "x")), ViolationCode.CYCLE))
        .extracting(Violation::pointer).containsExactly("/actions/2/outgoingActions/0");
  }

  @Test
  void accepts_a_diamond_which_is_no_cycle() {
    var branch = Fixtures.branch("route", "join", Fixtures.path("p1", "a"), Fixtures.path("p2", "b"))
        .withIsRootAction(true);
    assertThat(violations(workflow(branch, jq("a", "join"), jq("b", "join"), jq("join")))).isEmpty();
  }

  @Test
  void handles_a_chain_of_ten_thousand_blocks_without_recursion() {
    // given: a long chain whose last block points back at the first
    var builder = workflow(root("b0", "b1"));
    for (int i = 1; i < 10_000; i++) {
      builder.addActions(jq("b" + i, i == 9_999 ? "b0" : "b" + (i + 1)));
    }

    // then
    assertThat(violations(builder, ViolationCode.CYCLE)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("block 'b9999' (actions[9999]): the edge to 'b0' closes"
            + " the cycle b0 -> b1 -> b2 -> "));
  }
}

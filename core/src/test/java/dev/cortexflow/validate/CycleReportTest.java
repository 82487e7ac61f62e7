package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a CYCLE is reported (the edge that closes it, wherever that edge is written) and how many are. */
class CycleReportTest {

  private static String message(String from, int index, String to, String cycle) {
    return "block '" + from + "' (actions[" + index + "]): the edge to '" + to + "' closes the cycle " + cycle
        + ": remove one edge of the cycle, workflows cannot loop";
  }

  /** A branch block whose edges are written only in its paths, not in outgoingActions. */
  private static dev.cortexflow.model.ImmutableBlock branchOnlyInPaths(String slug, String first, String second, String fallback) {
    var schema = ConditionalBranch.builder()
        .addBranches(BranchPath.builder().name("p1").slug("p1").expression("true").outgoingAction(first).build(),
            BranchPath.builder().name("p2").slug("p2").expression("true").outgoingAction(second).build());
    if (fallback != null) {
      schema.fallbackBranch(FallbackPath.builder().name("f").slug("f").outgoingAction(fallback).build());
    }
    return block(slug, schema.build());
  }

  @Test
  void a_cycle_closed_by_a_branch_path_is_reported_at_that_path() {
    var wf = workflow(root("start", "route"), branchOnlyInPaths("route", "done", "back", null), jq("done"),
        jq("back", "route"));

    assertThat(violations(wf, ViolationCode.CYCLE)).containsExactly(Violation.error(ViolationCode.CYCLE,
        "/actions/3/outgoingActions/0", message("back", 3, "route", "route -> back -> route")));
    var closingInBranch = workflow(root("start", "route"), branchOnlyInPaths("route", "done", "start", null),
        jq("done"));
    assertThat(violations(closingInBranch, ViolationCode.CYCLE)).containsExactly(Violation.error(
        ViolationCode.CYCLE, "/actions/1/schema/branches/1/outgoingAction",
        message("route", 1, "start", "start -> route -> start")));
  }

  @Test
  void a_cycle_closed_by_the_fallback_path_is_reported_at_the_fallback() {
    var wf = workflow(root("start", "route"), branchOnlyInPaths("route", "a", "b", "start"), jq("a"), jq("b"));

    assertThat(violations(wf, ViolationCode.CYCLE)).containsExactly(Violation.error(ViolationCode.CYCLE,
        "/actions/1/schema/fallbackBranch/outgoingAction", message("route", 1, "start", "start -> route -> start")));
  }

  @Test
  void a_cycle_closed_by_outgoing_actions_of_a_branch_is_reported_there() {
    Block route = branchOnlyInPaths("route", "a", "b", null).withOutgoingActions("a", "start");
    var wf = workflow(root("start", "route"), route, jq("a"), jq("b"));

    assertThat(violations(wf, ViolationCode.CYCLE)).extracting(Violation::pointer)
        .containsExactly("/actions/1/outgoingActions/1");
  }

  @Test
  void reports_the_first_ten_cycles_and_no_more() {
    // given: eleven separate two-block loops, each reached from the root
    List<String> heads = new ArrayList<>();
    List<Block> loops = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      heads.add("x" + i);
      loops.add(jq("x" + i, "y" + i));
      loops.add(jq("y" + i, "x" + i));
    }
    var wf = workflow(root("start", heads.toArray(String[]::new))).addActions(loops.toArray(Block[]::new));

    // then
    List<Violation> cycles = violations(wf, ViolationCode.CYCLE);
    assertThat(cycles).hasSize(10);
    assertThat(cycles.get(0).message()).isEqualTo(message("y0", 2, "x0", "x0 -> y0 -> x0"));
    assertThat(cycles.get(9).message()).isEqualTo(message("y9", 20, "x9", "x9 -> y9 -> x9"));
  }

  @Test
  void reports_the_first_ten_cycles_of_blocks_the_root_does_not_reach() {
    List<Block> loops = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      loops.add(jq("x" + i, "y" + i));
      loops.add(jq("y" + i, "x" + i));
    }
    var wf = workflow(root("start")).addActions(loops.toArray(Block[]::new));

    assertThat(violations(wf, ViolationCode.CYCLE)).extracting(Violation::pointer).hasSize(10)
        .startsWith("/actions/2/outgoingActions/0").endsWith("/actions/20/outgoingActions/0");
  }

  @Test
  void a_workflow_without_a_root_still_has_its_cycle_reported() {
    var wf = workflow(jq("a", "b"), jq("b", "a"));

    assertThat(violations(wf, ViolationCode.CYCLE)).containsExactly(Violation.error(ViolationCode.CYCLE,
        "/actions/1/outgoingActions/0", message("b", 1, "a", "a -> b -> a")));
  }
}

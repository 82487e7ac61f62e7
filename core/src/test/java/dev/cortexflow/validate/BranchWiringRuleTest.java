package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.branch;
import static dev.cortexflow.validate.Fixtures.fallback;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import org.junit.jupiter.api.Test;

class BranchWiringRuleTest {

  @Test
  void accepts_the_wiring_cortex_exports() {
    // given: paths to a and b, fallback to c, all joining at merge
    var route = block("route", ConditionalBranch.builder().addBranches(path("p1", "a"), path("p2", "b"))
        .fallbackBranch(fallback("other", "c")).joiningAction("merge").build(), "a", "b", "c")
        .withIsRootAction(true);

    // then
    assertThat(violations(workflow(route, jq("a", "merge"), jq("b", "merge"), jq("c", "merge"), jq("merge"))))
        .isEmpty();
  }

  @Test
  void rejects_outgoing_actions_that_differ_from_the_paths() {
    // given: the fallback's first block is missing from outgoingActions
    var route = block("route", ConditionalBranch.builder().addBranches(path("p1", "a"))
        .fallbackBranch(fallback("other", "b")).build(), "a").withIsRootAction(true);

    // then
    assertThat(violations(workflow(route, jq("a"), jq("b")))).containsExactly(Violation.error(
        ViolationCode.BRANCH_MISMATCH, "/actions/0/outgoingActions", "block 'route' (actions[0]): outgoingActions"
            + " is [a], but its paths start at [a, b]: list exactly the first block of every path, fallback last"));
  }

  @Test
  void rejects_a_path_that_starts_at_the_joining_action() {
    var route = branch("route", "merge", path("p1", "a"), path("p2", "merge")).withIsRootAction(true);
    assertThat(violations(workflow(route, jq("a", "merge"), jq("merge")))).containsExactly(Violation.error(
        ViolationCode.JOIN_MISMATCH, "/actions/0/schema/branches/1/outgoingAction", "block 'route' (actions[0]):"
            + " path 'p2' starts at the joining action 'merge': give the path its own first block (a JQ '.'"
            + " pass-through when the path does nothing)"));
  }

  @Test
  void rejects_a_path_that_never_reaches_the_joining_action() {
    var route = branch("route", "merge", path("p1", "a"), path("p2", "b")).withIsRootAction(true);
    assertThat(violations(workflow(route, jq("a", "merge"), jq("b", "end"), jq("end"), jq("merge"))))
        .containsExactly(Violation.error(ViolationCode.JOIN_MISMATCH, "/actions/0/schema/branches/1/outgoingAction",
            "block 'route' (actions[0]): path 'p2' starts at 'b', which never reaches the joining action 'merge':"
                + " end the path with outgoingActions: [merge]"));
  }

  @Test
  void rejects_an_empty_path_when_the_paths_join() {
    // given: a fallback without a first block
    var route = block("route", ConditionalBranch.builder().addBranches(path("p1", "a"))
        .fallbackBranch(dev.cortexflow.model.block.FallbackPath.builder().name("other").slug("other").build())
        .joiningAction("merge").build(), "a").withIsRootAction(true);

    // then
    assertThat(violations(workflow(route, jq("a", "merge"), jq("merge")))).containsExactly(Violation.error(
        ViolationCode.JOIN_MISMATCH, "/actions/0/schema/fallbackBranch", "block 'route' (actions[0]): fallback path"
            + " 'other' has no outgoingAction, so it never reaches the joining action 'merge': start it with a block"
            + " (a JQ '.' pass-through when the path does nothing) that leads to 'merge'"));
  }

  @Test
  void accepts_a_single_path_branch_without_fallback_or_join() {
    BranchPath only = path("publish", "a");
    assertThat(violations(workflow(branch("route", null, only).withIsRootAction(true), jq("a")))).isEmpty();
  }

  @Test
  void accepts_nested_branches_that_join_inside_the_outer_path() {
    // given: route -> (p1: inner -> (x | y) -> innerjoin -> merge) | (p2: b -> merge)
    var route = branch("route", "merge", path("p1", "inner"), path("p2", "b")).withIsRootAction(true);
    var inner = branch("inner", "innerjoin", path("x", "x"), path("y", "y"));

    // then
    assertThat(violations(workflow(route, inner, jq("x", "innerjoin"), jq("y", "innerjoin"),
        jq("innerjoin", "merge"), jq("b", "merge"), jq("merge")))).isEmpty();
  }
}

package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import org.junit.jupiter.api.Test;

class GraphAssertionsTest {

  private final Workflow deploy = TestWorkflows.deploy();
  private final Workflow prodOnly = TestWorkflows.deployWithApprovalOnProductionOnly();

  @Test
  void every_path_passes_holds_for_a_block_before_the_branch() {
    assertThat(deploy).everyPathPasses("approve").everyPathPasses("route").everyPathPasses("announce");
  }

  @Test
  void every_path_passes_lists_the_paths_that_skip_the_block() {
    assertThatThrownBy(() -> assertThat(prodOnly).everyPathPasses("approve"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'deploy' to pass block 'approve' on every path, but 1 of 2 paths does not:
              choose -> route -> deploy-staging -> announce""");
    assertThatThrownBy(() -> assertThat(deploy).everyPathPasses("deploy-prod"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'deploy' to pass block 'deploy-prod' on every path, but 1 of 2 paths does not:
              choose -> approve -> route -> deploy-staging -> announce""");
  }

  @Test
  void runs_before_holds_when_the_first_block_dominates_the_second() {
    assertThat(deploy).runsBefore("approve", "deploy-prod").runsBefore("approve", "announce")
        .runsBefore("choose", "approve");
    assertThat(prodOnly).runsBefore("approve", "deploy-prod");
  }

  @Test
  void runs_before_fails_with_a_path_that_avoids_the_first_block() {
    assertThatThrownBy(() -> assertThat(prodOnly).runsBefore("approve", "announce"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to run block 'approve' before block 'announce' on every path,"
            + " but this path reaches 'announce' without 'approve': choose -> route -> deploy-staging -> announce");
    assertThatThrownBy(() -> assertThat(deploy).runsBefore("deploy-prod", "announce"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to run block 'deploy-prod' before block 'announce' on every path,"
            + " but this path reaches 'announce' without 'deploy-prod': choose -> approve -> route -> deploy-staging"
            + " -> announce");
  }

  @Test
  void runs_before_fails_when_the_order_is_reversed_or_the_block_is_the_root() {
    assertThatThrownBy(() -> assertThat(deploy).runsBefore("announce", "approve"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to run block 'announce' before block 'approve' on every path,"
            + " but this path reaches 'approve' without 'announce': choose -> approve");
    assertThatThrownBy(() -> assertThat(deploy).runsBefore("approve", "choose"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to run block 'approve' before block 'choose' on every path,"
            + " but this path reaches 'choose' without 'approve': choose");
  }

  @Test
  void runs_before_fails_for_an_unreachable_block() {
    Workflow orphan = workflow("orphan", root("root", "a"), jq("a"), jq("b")).build();

    assertThatThrownBy(() -> assertThat(orphan).runsBefore("a", "b"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'orphan' to run block 'a' before block 'b', but 'b' cannot be reached from"
            + " the root 'root'");
  }

  @Test
  void graph_checks_need_exactly_one_root() {
    Workflow twoRoots = workflow("two-roots", root("a", "c"), root("b", "c"), jq("c")).build();

    assertThatThrownBy(() -> assertThat(twoRoots).runsBefore("a", "c"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'two-roots' to have one root block, but it has ['a', 'b']");
    assertThatThrownBy(() -> assertThat(twoRoots).everyPathPasses("c"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'two-roots' to have one root block, but it has ['a', 'b']");
  }

  @Test
  void every_path_passes_fails_on_a_cycle() {
    Workflow cyclic = workflow("cyclic", root("a", "b"), jq("b", "c"), jq("c", "b")).build();

    assertThatThrownBy(() -> assertThat(cyclic).everyPathPasses("b"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'cyclic' to pass block 'b' on every path, but workflow 'cyclic' has a cycle:"
            + " b -> c -> b; paths exist only in acyclic workflows");
  }

  @Test
  void has_path_follows_edges_through_the_named_blocks_in_order() {
    assertThat(deploy).hasPath("choose", "deploy-prod", "announce").hasPath("route", "deploy-staging");

    assertThatThrownBy(() -> assertThat(deploy).hasPath("choose", "deploy-prod", "deploy-staging"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to have a path choose -> deploy-prod -> deploy-staging, but"
            + " 'deploy-staging' cannot be reached from 'deploy-prod'");
    assertThatThrownBy(() -> assertThat(deploy).hasPath("announce", "choose"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'deploy' to have a path announce -> choose, but 'choose' cannot be reached"
            + " from 'announce'");
  }

  @Test
  void graph_checks_name_unknown_blocks() {
    assertThatThrownBy(() -> assertThat(deploy).everyPathPasses("aprove"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting workflow 'deploy' to have block 'aprove', but its blocks are ['choose',");
    assertThatThrownBy(() -> assertThat(deploy).hasPath("choose", "nowhere"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting workflow 'deploy' to have block 'nowhere', but its blocks are");
  }
}

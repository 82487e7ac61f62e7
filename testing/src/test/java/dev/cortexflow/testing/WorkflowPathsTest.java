package dev.cortexflow.testing;

import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowPathsTest {

  @Test
  void enumerates_one_path_per_branch_in_descriptor_order() {
    assertThat(WorkflowPaths.of(TestWorkflows.deploy())).containsExactly(
        List.of("choose", "approve", "route", "deploy-prod", "announce"),
        List.of("choose", "approve", "route", "deploy-staging", "announce"));
  }

  @Test
  void a_single_block_is_one_path() {
    assertThat(WorkflowPaths.of(workflow("one", root("only")).build())).containsExactly(List.of("only"));
  }

  @Test
  void ignores_edges_to_unknown_blocks() {
    Workflow dangling = workflow("dangling", root("a", "b"), jq("b", "notfy")).build();

    assertThat(WorkflowPaths.of(dangling)).containsExactly(List.of("a", "b"));
  }

  @Test
  void counts_paths_through_sequential_diamonds_and_stops_at_the_limit() {
    // 14 diamonds in a row: 2^14 = 16,384 paths.
    Workflow diamonds = diamonds(14);

    assertThat(WorkflowPaths.of(diamonds(3))).hasSize(8);
    assertThat(WorkflowPaths.of(diamonds, 20_000)).hasSize(16_384);
    assertThatThrownBy(() -> WorkflowPaths.of(diamonds))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("workflow 'diamonds' has more than 10000 paths; assert with runsBefore instead of enumerating"
            + " paths");
  }

  @Test
  void rejects_a_cycle_naming_it() {
    Workflow cyclic = workflow("cyclic", root("a", "b"), jq("b", "c"), jq("c", "b")).build();

    assertThatThrownBy(() -> WorkflowPaths.of(cyclic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workflow 'cyclic' has a cycle: b -> c -> b; paths exist only in acyclic workflows");
  }

  @Test
  void rejects_a_workflow_without_a_single_root() {
    assertThatThrownBy(() -> WorkflowPaths.of(workflow("rootless", jq("a")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workflow 'rootless' has 0 root blocks []; paths need exactly one");
    assertThatThrownBy(() -> WorkflowPaths.of(workflow("rootless", jq("a")).build(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit 0 is not valid: use at least 1");
  }

  /** {@code n} diamonds in a row: s0 -> (l0 | r0) -> s1 -> ... -> sn, as non-branch fan-out (invalid but walkable). */
  private static Workflow diamonds(int n) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(root("s0", "l0", "r0"));
    for (int i = 0; i < n; i++) {
      String next = "s" + (i + 1);
      blocks.add(jq("l" + i, next));
      blocks.add(jq("r" + i, next));
      blocks.add(i + 1 < n ? jq(next, "l" + (i + 1), "r" + (i + 1)) : jq(next));
    }
    return workflow("diamonds").addAllActions(blocks).build();
  }
}

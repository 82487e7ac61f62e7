package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.WorkflowGraph.Edge;
import dev.cortexflow.model.WorkflowGraph.EdgeKind;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.Jq;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowGraphTest {

  private static Block jq(String slug, String... next) {
    return Block.builder().slug(slug).name(slug).schema(Jq.of(".")).addOutgoingActions(next).build();
  }

  /** start → choose; choose branches to prod (path), staging (fallback), both joining at done; done → ghost. */
  private static Workflow branchy() {
    Block choose = Block.builder().slug("choose").name("Choose").addOutgoingActions("prod", "staging")
        .schema(ConditionalBranch.builder()
            .addBranches(BranchPath.builder().name("Production").slug("p").expression("true")
                .outgoingAction("prod").build())
            .fallbackBranch(FallbackPath.builder().name("Otherwise").slug("f").outgoingAction("staging").build())
            .joiningAction("done").build())
        .build();
    return Workflow.builder().tag("w").name("W").filter(GlobalFilter.of())
        .addActions(jq("start", "choose").toBuilder().isRootAction(true).build(), choose, jq("prod", "done"),
            jq("staging", "done"), jq("done", "ghost"))
        .build();
  }

  @Test
  void a_branch_leads_to_the_first_block_of_each_path_and_the_fallback() {
    WorkflowGraph graph = WorkflowGraph.of(branchy());

    assertThat(graph.successors("choose")).containsExactly("prod", "staging");
    assertThat(graph.successors("start")).containsExactly("choose");
  }

  @Test
  void a_path_target_missing_from_outgoing_actions_is_still_an_edge() {
    Block choose = Block.builder().slug("choose").name("Choose")
        .schema(ConditionalBranch.builder().addBranches(BranchPath.builder().name("P").slug("p")
            .expression("true").outgoingAction("prod").build()).build())
        .build();

    assertThat(WorkflowGraph.targets(choose)).containsExactly("prod");
    assertThat(WorkflowGraph.pathTargets(choose)).containsExactly("prod");
    assertThat(WorkflowGraph.pathTargets(jq("a", "b"))).isEmpty();
  }

  @Test
  void predecessors_are_the_blocks_that_lead_to_a_block_in_declaration_order() {
    WorkflowGraph graph = WorkflowGraph.of(branchy());

    assertThat(graph.predecessors("done")).containsExactly("prod", "staging");
    assertThat(graph.predecessors("start")).isEmpty();
    assertThat(graph.predecessors("nosuchblock")).isEmpty();
  }

  @Test
  void an_edge_to_a_slug_that_names_no_block_is_a_target_but_no_successor() {
    Workflow workflow = branchy();
    WorkflowGraph graph = WorkflowGraph.of(workflow);

    assertThat(WorkflowGraph.targets(workflow.block("done").orElseThrow())).containsExactly("ghost");
    assertThat(graph.successors("done")).isEmpty();
    assertThat(graph.contains("ghost")).isFalse();
    assertThat(graph.contains("done")).isTrue();
  }

  @Test
  void edges_are_labelled_with_the_path_they_belong_to() {
    Block choose = branchy().block("choose").orElseThrow();

    assertThat(WorkflowGraph.edges(choose)).containsExactly(
        new Edge("choose", "prod", EdgeKind.PATH, "Production"),
        new Edge("choose", "staging", EdgeKind.FALLBACK, "Otherwise"));
    assertThat(WorkflowGraph.edges(jq("a", "b", "c"))).containsExactly(new Edge("a", "b", EdgeKind.NEXT, ""),
        new Edge("a", "c", EdgeKind.NEXT, ""));
  }

  @Test
  void the_root_is_known_only_when_exactly_one_block_is_marked() {
    Workflow two = Workflow.builder().tag("w").name("W").filter(GlobalFilter.of())
        .addActions(jq("a").toBuilder().isRootAction(true).build(), jq("b").toBuilder().isRootAction(true).build())
        .build();

    assertThat(WorkflowGraph.of(branchy()).root()).contains("start");
    assertThat(WorkflowGraph.of(two).roots()).containsExactly("a", "b");
    assertThat(WorkflowGraph.of(two).root()).isEmpty();
  }

  @Test
  void a_shortest_path_avoiding_a_block_goes_around_it_or_does_not_exist() {
    WorkflowGraph graph = WorkflowGraph.of(branchy());

    assertThat(graph.path("start", "done", Optional.empty())).contains(List.of("start", "choose", "prod", "done"));
    assertThat(graph.path("start", "done", Optional.of("prod")))
        .contains(List.of("start", "choose", "staging", "done"));
    assertThat(graph.path("start", "done", Optional.of("choose"))).isEmpty();
    assertThat(graph.path("done", "start", Optional.empty())).isEmpty();
  }

  @Test
  void when_two_blocks_share_a_slug_the_first_ones_edges_count() {
    Workflow workflow = Workflow.builder().tag("w").name("W").filter(GlobalFilter.of())
        .addActions(jq("a", "b").toBuilder().isRootAction(true).build(), jq("b"), jq("a", "c"), jq("c")).build();

    assertThat(WorkflowGraph.of(workflow).successors("a")).containsExactly("b");
    assertThat(WorkflowGraph.of(workflow).predecessors("c")).isEmpty();
  }
}

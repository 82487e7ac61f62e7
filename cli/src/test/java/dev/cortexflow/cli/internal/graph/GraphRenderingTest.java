package dev.cortexflow.cli.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Slack;
import org.junit.jupiter.api.Test;

class GraphRenderingTest {

  private static final Workflow BRANCHING = Workflow.builder()
      .name("Route")
      .tag("route")
      .filter(GlobalFilter.of())
      .addActions(Block.builder().name("Decide").slug("decide")
          .schema(ConditionalBranch.builder()
              .addBranches(BranchPath.builder().name("Is \"prod\"").slug("prod").expression("true")
                  .outgoingAction("deploy-prod").build())
              .fallbackBranch(FallbackPath.builder().name("Other").slug("other").outgoingAction("deploy-staging")
                  .build())
              .joiningAction("notify")
              .build())
          .addOutgoingActions("deploy-prod", "deploy-staging")
          .isRootAction(true)
          .build())
      .addActions(Block.builder().name("Deploy prod").slug("deploy-prod").schema(Jq.of("."))
          .addOutgoingActions("notify").build())
      .addActions(Block.builder().name("Deploy staging").slug("deploy-staging").schema(Jq.of("."))
          .addOutgoingActions("notify").build())
      .addActions(Block.builder().name("Notify").slug("notify")
          .schema(Slack.builder().channel("deploys").message("done").build())
          .addOutgoingActions("notfy").build())
      .build();

  @Test
  void draws_mermaid_with_labelled_paths_a_dashed_join_and_missing_targets() {
    assertThat(MermaidGraph.render(BRANCHING)).isEqualTo("""
        flowchart TD
          b0{"Decide<br/><small>decide · CONDITIONAL_BRANCH</small>"}
          b1("Deploy prod<br/><small>deploy-prod · JQ</small>")
          b2("Deploy staging<br/><small>deploy-staging · JQ</small>")
          b3("Notify<br/><small>notify · SLACK</small>")
          b4[/"notfy<br/>(no such block)"/]
          start((start)) --> b0
          b0 -->|"Is #quot;prod#quot;"| b1
          b0 -->|"Other (otherwise)"| b2
          b0 -.->|join| b3
          b1 --> b3
          b2 --> b3
          b3 --> b4
        """);
  }

  @Test
  void draws_dot_with_labelled_paths_a_dashed_join_and_missing_targets() {
    assertThat(DotGraph.render(BRANCHING)).isEqualTo("""
        digraph "route" {
          rankdir=TB;
          node [shape=box, style=rounded, fontname="Helvetica"];
          "start" [shape=circle, label="start"];
          "decide" [shape=diamond, style="", label="Decide\\ndecide · CONDITIONAL_BRANCH"];
          "deploy-prod" [label="Deploy prod\\ndeploy-prod · JQ"];
          "deploy-staging" [label="Deploy staging\\ndeploy-staging · JQ"];
          "notify" [label="Notify\\nnotify · SLACK"];
          "notfy" [shape=note, color=red, label="notfy\\n(no such block)"];
          "start" -> "decide";
          "decide" -> "deploy-prod" [label="Is \\"prod\\""];
          "decide" -> "deploy-staging" [label="Other (otherwise)"];
          "decide" -> "notify" [style=dashed, label="join"];
          "deploy-prod" -> "notify";
          "deploy-staging" -> "notify";
          "notify" -> "notfy";
        }
        """);
  }

  @Test
  void draws_the_same_bytes_every_time() {
    assertThat(MermaidGraph.render(BRANCHING)).isEqualTo(MermaidGraph.render(BRANCHING));
    assertThat(DotGraph.render(BRANCHING)).isEqualTo(DotGraph.render(BRANCHING));
  }
}

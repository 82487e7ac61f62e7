package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.passThrough;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Jq;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BranchWiringTest {

  private static Map<String, List<String>> edges(Workflow wf) {
    return wf.actions().stream().collect(Collectors.toMap(Block::slug, Block::outgoingActions, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  private static ConditionalBranch branchOf(Workflow wf, String slug) {
    return (ConditionalBranch) wf.block(slug).orElseThrow().schema();
  }

  @Test
  void root_branch_with_join_wires_heads_path_ends_and_join_like_real_files() {
    // given
    Var<String> owner = Var.string("github-owner").defaultValue("");
    Var<String> repo = Var.string("repo-name").defaultValue("");

    // when
    Workflow wf = Workflows.workflow("deploy", "Deploy").global()
        .startWith(branch("branch", "Branch")
            .when("ui-invocation", "UI invocation", Cel.or(Cel.eq(owner, ""), Cel.eq(repo, "")), p -> p
                .then(userInput("inputs", "Inputs", text("github-owner", "GitHub Owner")))
                .then(setVariables("set-variables", "Set variables")))
            .when("api-invocation", "API invocation", Cel.and(Cel.ne(owner, ""), Cel.ne(repo, "")),
                p -> p.then(passThrough("pass-through", "Pass through")))
            .joinAt(passThrough("merge", "Merge branches")),
            merge -> merge.then(asyncHttpRequest("trigger-deploy", "Trigger", HttpMethod.POST, "/dispatches")))
        .variables(owner, repo)
        .build();

    // then
    assertThat(edges(wf)).containsExactly(
        Map.entry("branch", List.of("inputs", "pass-through")),
        Map.entry("inputs", List.of("set-variables")),
        Map.entry("set-variables", List.of("merge")),
        Map.entry("pass-through", List.of("merge")),
        Map.entry("merge", List.of("trigger-deploy")),
        Map.entry("trigger-deploy", List.of()));
    assertThat(wf.actions()).filteredOn(Block::isRootAction).extracting(Block::slug).containsExactly("branch");
    ConditionalBranch branch = branchOf(wf, "branch");
    assertThat(branch.joiningAction()).contains("merge");
    assertThat(branch.fallbackBranch()).isEmpty();
    assertThat(branch.branches()).containsExactly(
        BranchPath.builder().name("UI invocation").slug("ui-invocation").outgoingAction("inputs").type("CONDITIONAL")
            .expression("variables[\"github-owner\"] == \"\" || variables[\"repo-name\"] == \"\"").build(),
        BranchPath.builder().name("API invocation").slug("api-invocation").outgoingAction("pass-through")
            .type("CONDITIONAL")
            .expression("variables[\"github-owner\"] != \"\" && variables[\"repo-name\"] != \"\"").build());
  }

  @Test
  void empty_path_gets_a_pass_through_block_leading_to_the_join() {
    // when
    Workflow wf = Workflows.workflow("w", "W").global()
        .startWith(jq("start", "Start", "."), start -> start
            .then(branch("route", "Route")
                .when("prod", "Production", Cel.raw("context.initiatedBy.email != \"\""),
                    p -> p.then(slack("deploy-prod", "Deploy prod", "deploys", "prod")))
                .otherwise("other", "Other", p -> { })
                .joinAt(slack("notify", "Notify", "deploys", "done"))))
        .build();

    // then
    assertThat(edges(wf)).containsExactly(
        Map.entry("start", List.of("route")),
        Map.entry("route", List.of("deploy-prod", "other-pass-through")),
        Map.entry("deploy-prod", List.of("notify")),
        Map.entry("other-pass-through", List.of("notify")),
        Map.entry("notify", List.of()));
    assertThat(wf.block("other-pass-through").orElseThrow().schema()).isEqualTo(Jq.of("."));
    assertThat(branchOf(wf, "route").fallbackBranch()).contains(FallbackPath.builder().name("Other").slug("other")
        .outgoingAction("other-pass-through").type("FALLBACK").build());
  }

  @Test
  void branch_without_join_leaves_paths_ending_and_empty_paths_without_target() {
    // when
    Workflow wf = Workflows.workflow("w", "W").global()
        .startWith(branch("route", "Route")
            .when("yes", "Yes", Cel.raw("true"), p -> p.then(jq("a", "A", ".")).then(jq("b", "B", ".")))
            .when("no", "No", Cel.raw("false"), p -> { })
            .withoutJoin())
        .build();

    // then
    assertThat(edges(wf)).containsExactly(
        Map.entry("route", List.of("a")), Map.entry("a", List.of("b")), Map.entry("b", List.of()));
    ConditionalBranch branch = branchOf(wf, "route");
    assertThat(branch.joiningAction()).isEmpty();
    assertThat(branch.branches().get(1).outgoingAction()).isEmpty();
  }

  @Test
  void nested_branch_without_join_leads_all_its_path_ends_to_the_outer_join() {
    // when
    Workflow wf = Workflows.workflow("w", "W").global()
        .startWith(branch("outer", "Outer")
            .when("left", "Left", Cel.raw("true"), p -> p.then(branch("inner", "Inner")
                .when("x", "X", Cel.raw("true"), q -> q.then(jq("x1", "X1", ".")))
                .otherwise("y", "Y", q -> q.then(jq("y1", "Y1", ".")))
                .withoutJoin()))
            .otherwise("right", "Right", p -> p.then(jq("r1", "R1", ".")))
            .joinAt(jq("join", "Join", ".")), join -> { })
        .build();

    // then
    assertThat(edges(wf)).containsEntry("outer", List.of("inner", "r1"))
        .containsEntry("inner", List.of("x1", "y1"))
        .containsEntry("x1", List.of("join"))
        .containsEntry("y1", List.of("join"))
        .containsEntry("r1", List.of("join"))
        .containsEntry("join", List.of());
  }

  @Test
  void flow_continues_after_a_nested_join_inside_a_path() {
    // when
    Workflow wf = Workflows.workflow("w", "W").global()
        .startWith(jq("a", "A", "."), a -> a
            .then(branch("outer", "Outer")
                .when("p", "P", Cel.raw("true"), p -> p
                    .then(branch("inner", "Inner")
                        .when("q", "Q", Cel.raw("true"), q -> q.then(jq("q1", "Q1", ".")))
                        .joinAt(jq("inner-join", "Inner join", ".")))
                    .then(jq("after-inner", "After inner", ".")))
                .joinAt(jq("outer-join", "Outer join", ".")))
            .then(jq("end", "End", ".")))
        .build();

    // then
    assertThat(edges(wf)).containsEntry("outer", List.of("inner"))
        .containsEntry("inner", List.of("q1"))
        .containsEntry("q1", List.of("inner-join"))
        .containsEntry("inner-join", List.of("after-inner"))
        .containsEntry("after-inner", List.of("outer-join"))
        .containsEntry("outer-join", List.of("end"));
  }

  @Test
  void rejects_a_second_successor_of_a_plain_block() {
    assertThatThrownBy(() -> Workflows.workflow("w", "W").global()
        .startWith(jq("a", "A", "."), a -> {
          a.then(jq("b", "B", "."));
          a.then(jq("c", "C", "."));
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'a' already continues with 'b': only a branch may have several successors");
  }

  @Test
  void rejects_a_second_first_block_of_a_path() {
    assertThatThrownBy(() -> Workflows.workflow("w", "W").global()
        .startWith(branch("route", "Route")
            .when("p", "P", Cel.raw("true"), p -> {
              p.then(jq("a", "A", "."));
              p.then(jq("b", "B", "."));
            })
            .withoutJoin()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("path 'p' of branch 'route' already starts with 'a': continue from that block's handle");
  }

  @Test
  void rejects_adding_the_same_branch_twice() {
    // given
    Branch.Unjoined branch = branch("route", "Route").when("p", "P", Cel.raw("true"), p -> { }).withoutJoin();
    Workflows.workflow("w", "W").global().startWith(branch);

    // then
    assertThatThrownBy(() -> Workflows.workflow("v", "V").global().startWith(branch))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("branch 'route' is already part of the flow");
  }

  @Test
  void rejects_continuing_a_path_after_its_branch_closed() {
    // given
    PathFlow[] leaked = new PathFlow[1];
    Workflows.workflow("w", "W").global()
        .startWith(branch("route", "Route").when("p", "P", Cel.raw("true"), p -> leaked[0] = p).withoutJoin());

    // then
    assertThatThrownBy(() -> leaked[0].then(jq("late", "Late", ".")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("path 'p' of branch 'route' is closed: add 'late' inside the path's body");
  }

  @Test
  void rejects_continuing_directly_after_a_branch_block() {
    assertThatThrownBy(() -> Workflows.workflow("w", "W").global()
        .startWith(jq("a", "A", "."), a -> {
          a.then(branch("route", "Route").when("p", "P", Cel.raw("true"), p -> { }).withoutJoin());
          a.then(jq("b", "B", "."));
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'a' already continues with 'route': only a branch may have several successors");
  }

  @Test
  void rejects_a_slug_used_twice_at_once() {
    assertThatThrownBy(() -> Workflows.workflow("w", "W").global()
        .startWith(jq("a", "A", "."), a -> a.then(jq("b", "B", ".")).then(jq("a", "A again", "."))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slug 'a' is already used by block 'A': give every block its own slug");
  }

  @Test
  void rejects_a_block_whose_slug_clashes_with_a_generated_pass_through() {
    assertThatThrownBy(() -> Workflows.workflow("w", "W").global()
        .startWith(branch("route", "Route")
            .when("p", "P", Cel.raw("true"), p -> { })
            .joinAt(jq("p-pass-through", "Join", ".")), join -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slug 'p-pass-through' is already used by block 'Pass through': give every block its own slug");
  }
}

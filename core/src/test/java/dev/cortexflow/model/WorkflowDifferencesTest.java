package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.WorkflowDifferences.Change;
import dev.cortexflow.model.WorkflowDifferences.Difference;
import dev.cortexflow.model.WorkflowDifferences.Part;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDifferencesTest {

  private static final Block ROOT = Block.builder().slug("approve").name("Approve").isRootAction(true)
      .schema(ManualApproval.builder().addApprovingTeamIds("b", "a").build()).addOutgoingActions("y", "x").build();
  private static final Block X = Block.builder().slug("x").name("X").schema(Jq.of(".")).build();
  private static final Block Y = Block.builder().slug("y").name("Y").schema(Jq.of(".")).build();
  private static final Workflow ONE = Workflow.builder().tag("w").name("W").filter(GlobalFilter.of())
      .addActions(ROOT, X, Y).addVariables(Variable.of("b", VariableType.STRING), Variable.of("a",
          VariableType.NUMBER))
      .addRunRestrictionPolicies(RunRestriction.of(RestrictionType.USER, "u"),
          RunRestriction.of(RestrictionType.TEAM, "t"))
      .build();

  @Test
  void order_of_blocks_variables_edges_teams_and_restrictions_is_no_difference() {
    Workflow reordered = ONE.toBuilder()
        .actions(List.of(Y, X, ROOT.toBuilder().outgoingActions(List.of("x", "y"))
            .schema(ManualApproval.builder().addApprovingTeamIds("a", "b").build()).build()))
        .variables(List.of(ONE.variables().get(1), ONE.variables().get(0)))
        .runRestrictionPolicies(List.of(ONE.runRestrictionPolicies().get(1), ONE.runRestrictionPolicies().get(0)))
        .build();

    assertThat(WorkflowDifferences.between(ONE, reordered)).isEmpty();
    assertThat(WorkflowDifferences.same(ONE, reordered)).isTrue();
    assertThat(SemanticOrder.normalize(ONE)).isEqualTo(SemanticOrder.normalize(reordered));
  }

  @Test
  void a_changed_setting_names_the_key_with_both_values() {
    Workflow renamed = ImmutableWorkflow.copyOf(ONE).withName("Other").withDescription("now described");

    assertThat(WorkflowDifferences.between(ONE, renamed)).containsExactly(
        new Difference(Part.SETTING, "", "name", Change.CHANGED, "name differs: expected 'W' but was 'Other'"),
        new Difference(Part.SETTING, "", "description", Change.CHANGED,
            "description differs: expected absent but was 'now described'"));
    assertThat(WorkflowDifferences.same(ONE, renamed)).isFalse();
  }

  @Test
  void a_missing_and_an_unexpected_block_are_named_by_slug() {
    Block z = Block.builder().slug("z").name("Z").schema(Jq.of(".")).build();
    Workflow other = ONE.toBuilder().actions(List.of(ROOT, X, z)).build();

    assertThat(WorkflowDifferences.between(ONE, other)).containsExactly(
        new Difference(Part.BLOCK, "y", "", Change.MISSING, "block 'y' is missing"),
        new Difference(Part.BLOCK, "z", "", Change.UNEXPECTED, "block 'z' is unexpected"));
  }

  @Test
  void a_changed_block_names_each_differing_key() {
    Workflow other = ONE.toBuilder().actions(List.of(ROOT, X.toBuilder().name("Ex").schema(Jq.of(".a")).build(), Y))
        .build();

    assertThat(WorkflowDifferences.between(ONE, other)).extracting(Difference::field, Difference::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "block 'x' name differs: expected 'X' but was 'Ex'"),
            org.assertj.core.groups.Tuple.tuple("schema", "block 'x' schema differs: expected "
                + Jq.of(".") + " but was " + Jq.of(".a")));
  }

  @Test
  void a_changed_variable_names_its_type() {
    Workflow other = ONE.toBuilder().variables(List.of(Variable.of("b", VariableType.BOOLEAN),
        ONE.variables().get(1))).build();

    assertThat(WorkflowDifferences.between(ONE, other)).containsExactly(new Difference(Part.VARIABLE, "b", "type",
        Change.CHANGED, "variable 'b' type differs: expected STRING but was BOOLEAN"));
  }
}

package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import org.junit.jupiter.api.Test;

class SemanticOrderTest {

  @Test
  void workflows_that_differ_only_in_meaningless_order_normalize_to_equal_values() {
    // given
    Block approve = Block.builder().slug("approve").name("Approve").isRootAction(true)
        .schema(ManualApproval.builder().addApprovingTeamIds("b", "a").build()).addOutgoingActions("y", "x").build();
    Block x = Block.builder().slug("x").name("X").schema(Jq.of(".")).build();
    Block y = Block.builder().slug("y").name("Y").schema(Jq.of(".")).build();
    Workflow one = Workflow.builder().tag("w").name("W").filter(GlobalFilter.of()).addActions(approve, x, y)
        .addVariables(Variable.of("b", VariableType.STRING), Variable.of("a", VariableType.NUMBER))
        .addRunRestrictionPolicies(RunRestriction.of(RestrictionType.USER, "u"),
            RunRestriction.of(RestrictionType.TEAM, "t"))
        .build();
    Workflow two = one.toBuilder()
        .actions(java.util.List.of(y, x, approve.toBuilder().outgoingActions(java.util.List.of("x", "y"))
            .schema(ManualApproval.builder().addApprovingTeamIds("a", "b").build()).build()))
        .variables(java.util.List.of(one.variables().get(1), one.variables().get(0)))
        .runRestrictionPolicies(java.util.List.of(one.runRestrictionPolicies().get(1),
            one.runRestrictionPolicies().get(0)))
        .build();

    // then
    assertThat(one).isNotEqualTo(two);
    assertThat(SemanticOrder.normalize(one)).isEqualTo(SemanticOrder.normalize(two));
    assertThat(SemanticOrder.normalize(one).actions()).extracting(Block::slug).containsExactly("approve", "x", "y");
  }

  @Test
  void a_real_difference_survives_normalization() {
    Workflow one = Workflow.builder().tag("w").name("W").filter(GlobalFilter.of())
        .addAction(Block.builder().slug("a").name("A").schema(Jq.of(".")).isRootAction(true).build()).build();
    Workflow two = ImmutableWorkflow.copyOf(one).withName("Other");

    assertThat(SemanticOrder.normalize(one)).isNotEqualTo(SemanticOrder.normalize(two));
  }
}

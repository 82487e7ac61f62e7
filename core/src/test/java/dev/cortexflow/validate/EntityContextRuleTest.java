package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.CustomFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.block.Jq;
import org.junit.jupiter.api.Test;

class EntityContextRuleTest {

  @Test
  void rejects_entity_context_in_a_global_workflow() {
    var wf = workflow(root("tag").withSchema(Jq.of(".context.entity.tag")))
        .runResponseTemplate("Done for {{context.entity.name}}");
    assertThat(violations(wf)).containsExactly(
        Violation.error(ViolationCode.ENTITY_CONTEXT_IN_GLOBAL, "/runResponseTemplate", "runResponseTemplate reads"
            + " context.entity.name, but the workflow is GLOBAL and runs without an entity: set filter type ENTITY"
            + " or remove the reference"),
        Violation.error(ViolationCode.ENTITY_CONTEXT_IN_GLOBAL, "/actions/0/schema/expression", "block 'tag'"
            + " (actions[0]): schema.expression reads context.entity.tag, but the workflow is GLOBAL and runs"
            + " without an entity: set filter type ENTITY or remove the reference"));
  }

  @Test
  void accepts_entity_context_in_an_entity_workflow() {
    var wf = workflow(root("tag").withSchema(Jq.of(".context.entity.tag"))).filter(EntityFilter.builder().build());
    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void accepts_other_context_in_a_global_workflow() {
    var wf = workflow(root("who").withSchema(Jq.of(".context.initiatedBy.email")));
    assertThat(violations(wf)).isEmpty();
  }

  @Test
  void says_nothing_for_a_filter_type_it_does_not_know() {
    var wf = workflow(root("tag").withSchema(Jq.of(".context.entity.tag"))).filter(CustomFilter.of("TEAM"));
    assertThat(violations(wf, ViolationCode.ENTITY_CONTEXT_IN_GLOBAL)).isEmpty();
  }
}

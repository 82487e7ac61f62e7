package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.block;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.validate.WorkflowValidationException;
import org.junit.jupiter.api.Test;

/** {@code build()} runs the standard validator and rejects what the compiler cannot catch, listing every error. */
class BuildValidationTest {

  @Test
  void build_rejects_a_workflow_with_errors_listing_all_of_them() {
    // given: an undeclared variable and a read of a block that runs later
    Var<String> env = Var.string("env");
    SlackBlock later = slack("later", "Later", "ops", "done");

    // when / then
    assertThatThrownBy(() -> Workflows.workflow("broken", "Broken").global()
        .startWith(jq("a", "A", "."), a -> a
            .then(slack("notify", "Notify", "ops", template("{} then {}", env, later.output("ts"))))
            .then(later))
        .build())
        .isInstanceOfSatisfying(WorkflowValidationException.class, e -> {
          assertThat(e.tag()).isEqualTo("broken");
          assertThat(e.getMessage()).startsWith("Workflow 'broken' has 2 problems:\n1) ERROR ");
          assertThat(e.violations()).extracting(Violation::code, Violation::pointer).containsExactlyInAnyOrder(
              tuple(ViolationCode.UNDECLARED_VARIABLE, "/actions/1/schema/message"),
              tuple(ViolationCode.NOT_UPSTREAM, "/actions/1/schema/message"));
        });
  }

  @Test
  void build_rejects_a_hand_made_invalid_schema_given_through_the_escape_hatch() {
    // given: a schema the typed factories would never produce
    HttpRequest noUrl = HttpRequest.builder().url("").httpMethod(HttpMethod.of("FETCH")).build();

    // when / then
    assertThatThrownBy(() -> Workflows.workflow("raw", "Raw").global()
        .startWith(block("call", "Call", noUrl)).build())
        .isInstanceOfSatisfying(WorkflowValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).contains(ViolationCode.INVALID_VALUE));
  }

  @Test
  void build_refuses_a_custom_block_type_it_does_not_know_unless_unknown_types_are_allowed() {
    CustomBlock future = CustomBlock.builder().type("RUN_WORKFLOW").build();

    assertThatThrownBy(() -> Workflows.workflow("future", "Future").global()
        .startWith(block("run", "Run", future)).build())
        .isInstanceOfSatisfying(WorkflowValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly(ViolationCode.UNKNOWN_TYPE));
    assertThat(Workflows.workflow("future", "Future").global().startWith(block("run", "Run", future))
        .allowUnknownTypes().build().actions()).hasSize(1);
  }
}

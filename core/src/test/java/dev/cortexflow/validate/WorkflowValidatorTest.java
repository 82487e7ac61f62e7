package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.Jq;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {

  @Test
  void orders_errors_first_then_by_place_in_the_document() {
    // given: a warning on actions[0], errors on actions[2] and actions[1]
    Workflow wf = workflow(root("start-", "a"), jq("a", "zz"), jq("b").withSchema(Jq.of(".variables.nope"))).build();

    // when
    var report = WorkflowValidator.standard().validate(wf);

    // then
    assertThat(report.violations()).extracting(Violation::severity, Violation::code, Violation::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, ViolationCode.UNKNOWN_TARGET,
                "/actions/1/outgoingActions/0"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, ViolationCode.UNREACHABLE, "/actions/2"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, ViolationCode.UNDECLARED_VARIABLE,
                "/actions/2/schema/expression"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, ViolationCode.INVALID_VALUE, "/actions/0/slug"));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.warnings()).hasSize(1);
  }

  @Test
  void validate_all_reports_a_tag_used_by_an_earlier_workflow_on_each_later_one_with_its_other_violations() {
    // given: three workflows, the second and third reuse the first one's tag; the third also has a broken edge
    Workflow first = workflow(root("a")).tag("deploy").name("Deploy service").build();
    Workflow other = workflow(root("a")).tag("rollback").build();
    Workflow second = workflow(root("a")).tag("deploy").name("Deploy again").build();
    Workflow third = workflow(root("a", "nowhere")).tag("deploy").build();

    // when
    var reports = WorkflowValidator.standard().validateAll(java.util.List.of(first, other, second, third));

    // then
    assertThat(reports).hasSize(4);
    assertThat(reports.get(0).violations()).isEmpty();
    assertThat(reports.get(1).violations()).isEmpty();
    assertThat(reports.get(2).violations()).extracting(Violation::toString).containsExactly(
        "ERROR DUPLICATE_TAG at /tag: tag 'deploy' is also the tag of workflows[0] ('Deploy service'): give every"
            + " workflow its own tag, a push keeps only one of them");
    assertThat(reports.get(3).violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.DUPLICATE_TAG, ViolationCode.UNKNOWN_TARGET);
  }

  @Test
  void gives_the_same_report_for_the_same_workflow() {
    Workflow wf = workflow(root("a", "x", "y"), jq("b"), jq("c", "a")).build();
    assertThat(WorkflowValidator.standard().validate(wf)).isEqualTo(WorkflowValidator.standard().validate(wf));
  }

  @Test
  void require_valid_throws_one_exception_listing_every_problem() {
    Workflow wf = workflow(root("deploy", "notfy"), root("notify")).tag("deploy-service").build();
    assertThatThrownBy(() -> WorkflowValidator.standard().requireValid(wf))
        .isInstanceOfSatisfying(WorkflowValidationException.class, e -> {
          assertThat(e.tag()).isEqualTo("deploy-service");
          assertThat(e.violations()).hasSize(2);
        })
        .hasMessage("Workflow 'deploy-service' has 2 problems:\n"
            + "1) ERROR MULTIPLE_ROOTS at /actions: expected exactly 1 root block, found 2 (deploy, notify): keep"
            + " isRootAction: true on the block that runs first only\n"
            + "2) ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: block 'deploy' (actions[0]): outgoingActions"
            + " names 'notfy', which is no block (known: deploy, notify)");
  }

  @Test
  void require_valid_says_problem_for_a_single_one() {
    Workflow wf = workflow(root("a", "b")).build();
    assertThatThrownBy(() -> WorkflowValidator.standard().requireValid(wf)).hasMessageStartingWith(
        "Workflow 'wf' has 1 problem:\n1) ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: ");
  }

  @Test
  void require_valid_returns_a_workflow_that_has_only_warnings() {
    Workflow wf = workflow(block("mail", CustomBlock.builder().type("EMAIL").build()).withIsRootAction(true)).build();
    assertThat(WorkflowValidator.allowingUnknownTypes().requireValid(wf)).isSameAs(wf);
    assertThatThrownBy(() -> WorkflowValidator.standard().requireValid(wf))
        .hasMessageContaining("ERROR UNKNOWN_TYPE at /actions/0/schema/type");
  }

  @Test
  void says_whether_it_allows_unknown_types_and_keeps_saying_so_with_rules_added() {
    WorkflowRule nothing = (context, out) -> { };

    assertThat(WorkflowValidator.standard().allowsUnknownTypes()).isFalse();
    assertThat(WorkflowValidator.standard().with(nothing).allowsUnknownTypes()).isFalse();
    assertThat(WorkflowValidator.allowingUnknownTypes().allowsUnknownTypes()).isTrue();
    assertThat(WorkflowValidator.allowingUnknownTypes().with(nothing).allowsUnknownTypes()).isTrue();
  }

  @Test
  void merges_violations_found_while_reading_without_saying_the_same_thing_twice() {
    // given: the reader already reported the empty url; the validator finds it too, and an unknown target
    Workflow wf = workflow(block("call", dev.cortexflow.model.block.HttpRequest.builder().url("")
        .httpMethod(dev.cortexflow.model.block.HttpMethod.GET).build(), "nowhere").withIsRootAction(true)).build();
    Violation read = Violation.error(ViolationCode.MISSING_FIELD, "/actions/0/schema/url",
        "block 'call' (actions[0]): missing required field 'url'");

    // when
    var report = WorkflowValidator.standard().validate(wf, java.util.List.of(read));

    // then
    assertThat(report.violations()).extracting(Violation::code, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ViolationCode.MISSING_FIELD,
            "block 'call' (actions[0]): missing required field 'url'"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TARGET, "block 'call' (actions[0]):"
            + " outgoingActions names 'nowhere', which is no block (known: call)"));
  }
}

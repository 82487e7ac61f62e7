package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncReportTest {

  private static final SyncProblem CYCLE =
      new SyncProblem("deploy", Violation.error(ViolationCode.CYCLE, "/actions/2", "call loops back"));

  @Test
  void a_report_without_failures_is_a_success_and_not_a_service_failure() {
    SyncReport report = new SyncReport(
        List.of(SyncResult.of("a", SyncOutcome.CREATED), SyncResult.of("b", SyncOutcome.UNCHANGED)), List.of());

    assertThat(report.isSuccess()).isTrue();
    assertThat(report.isServiceFailure()).isFalse();
  }

  @Test
  void a_report_with_problems_is_neither_a_success_nor_a_service_failure() {
    SyncReport report = new SyncReport(List.of(), List.of(CYCLE));

    assertThat(report.isSuccess()).isFalse();
    assertThat(report.isServiceFailure()).isFalse();
    assertThat(report.summary()).isEqualTo("Nothing written: 1 problem");
    assertThat(report).hasToString("Nothing written: 1 problem");
    assertThat(new SyncReport(List.of(), List.of(CYCLE, CYCLE)).summary()).isEqualTo("Nothing written: 2 problems");
  }

  @Test
  void a_report_is_a_service_failure_only_when_every_failure_is_the_servers() {
    SyncResult unreachable = SyncResult.failed("a", "HTTP 503", true);
    SyncResult refused = SyncResult.failed("b", "HTTP 400: bad schema", false);

    SyncReport allServer = new SyncReport(List.of(unreachable, SyncResult.of("c", SyncOutcome.UPDATED)), List.of());
    SyncReport mixed = new SyncReport(List.of(unreachable, refused), List.of());

    assertThat(allServer.isSuccess()).isFalse();
    assertThat(allServer.isServiceFailure()).isTrue();
    assertThat(mixed.isSuccess()).isFalse();
    assertThat(mixed.isServiceFailure()).isFalse();
  }

  @Test
  void the_summary_counts_each_outcome_and_names_already_drafted_workflows_only_when_there_are_some() {
    SyncReport none = new SyncReport(List.of(SyncResult.of("a", SyncOutcome.PRUNED)), List.of());
    SyncReport some = new SyncReport(List.of(SyncResult.of("a", SyncOutcome.CREATED),
        SyncResult.of("b", SyncOutcome.UPDATED), SyncResult.of("c", SyncOutcome.UPDATED),
        SyncResult.of("d", SyncOutcome.UNCHANGED), SyncResult.of("e", SyncOutcome.DRAFTED),
        SyncResult.of("f", SyncOutcome.SKIPPED), SyncResult.of("g", SyncOutcome.ALREADY_DRAFTED),
        SyncResult.of("h", SyncOutcome.ALREADY_DRAFTED), SyncResult.failed("i", "boom", false)), List.of());

    assertThat(none.summary())
        .isEqualTo("Applied: 0 created, 0 updated, 0 unchanged, 1 pruned, 0 drafted, 0 skipped, 0 failed");
    assertThat(some.summary()).isEqualTo(
        "Applied: 1 created, 2 updated, 1 unchanged, 0 pruned, 1 drafted, 1 skipped, 1 failed, 2 already drafted");
  }

  @Test
  void the_json_report_lists_the_counts_the_problems_and_the_results_with_their_errors() {
    SyncReport applied = new SyncReport(List.of(SyncResult.of("a", SyncOutcome.ALREADY_DRAFTED),
        SyncResult.failed("b", "HTTP 400: bad schema", false)), List.of());
    SyncReport refused = new SyncReport(List.of(), List.of(CYCLE));

    assertThat(JsonText.parse(applied.toJson())).isEqualTo(JsonText.parse("""
        {"success": false,
         "summary": {"created": 0, "updated": 0, "unchanged": 0, "pruned": 0, "drafted": 0, "skipped": 0,
                     "alreadyDrafted": 1, "failed": 1},
         "problems": [],
         "results": [{"tag": "a", "outcome": "already drafted"},
                     {"tag": "b", "outcome": "failed", "error": "HTTP 400: bad schema"}]}
        """));
    assertThat(JsonText.parse(refused.toJson()).get("problems")).isEqualTo(JsonText.parse("""
        {"p": [{"tag": "deploy", "code": "CYCLE", "pointer": "/actions/2", "message": "call loops back"}]}
        """).get("p"));
    assertThat(JsonText.parse(refused.toJson()).get("success").asBoolean()).isFalse();
  }

  @Test
  void a_result_reads_as_its_verb_and_tag_and_a_failure_adds_its_error() {
    assertThat(SyncResult.of("deploy", SyncOutcome.ALREADY_DRAFTED)).hasToString("already drafted deploy");
    assertThat(SyncResult.failed("deploy", "HTTP 503", true)).hasToString("failed deploy: HTTP 503");
    assertThat(new SyncResult("deploy", SyncOutcome.FAILED, Optional.of("x")).serviceFailure()).isFalse();
  }

  @Test
  void a_result_needs_a_tag_an_outcome_and_an_error_or_its_absence() {
    assertThatNullPointerException().isThrownBy(() -> new SyncResult(null, SyncOutcome.CREATED, Optional.empty()))
        .withMessage("tag");
    assertThatNullPointerException().isThrownBy(() -> new SyncResult("a", null, Optional.empty()))
        .withMessage("outcome");
    assertThatNullPointerException().isThrownBy(() -> new SyncResult("a", SyncOutcome.CREATED, null))
        .withMessage("error");
  }
}

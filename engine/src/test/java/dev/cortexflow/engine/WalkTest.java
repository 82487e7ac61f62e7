package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a run walks the graph: from the one root, breadth first, each block once, and where it stops. */
class WalkTest {
  private static final RunEngine engine = RunEngine.create();

  private static String jq(String slug, boolean root, String next) {
    return "  - {slug: " + slug + ", name: " + slug + ", isRootAction: " + root + ", outgoingActions: [" + next
        + "], schema: {type: JQ, expression: '\"" + slug + "\"'}}\n";
  }

  @Test
  void a_workflow_without_a_root_block_fails_before_any_block_runs() {
    RunResult result = engine.run(Workflows.global("  []", jq("a", false, "")), RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.executed()).isEmpty();
    assertThat(result.failure())
        .contains("workflow 't' has no root block: set isRootAction: true on the first block");
  }

  @Test
  void a_workflow_with_two_root_blocks_fails_naming_both() {
    RunResult result = engine.run(Workflows.global("  []", jq("a", true, "") + jq("b", true, "")),
        RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.executed()).isEmpty();
    assertThat(result.failure()).contains("workflow 't' has 2 root blocks (a, b): keep isRootAction on one");
  }

  @Test
  void a_next_block_that_does_not_exist_fails_the_run_after_the_blocks_before_it() {
    RunResult result = engine.run(Workflows.global("  []", jq("a", true, "ghost")), RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.executed()).containsExactly("a");
    assertThat(result.failure()).contains("the run reaches 'ghost', which is no block of workflow 't': fix "
        + "outgoingActions or joiningAction");
  }

  @Test
  void blocks_run_breadth_first_and_a_block_reached_twice_runs_once() {
    Workflow diamond = Workflows.global("  []",
        jq("a", true, "b, c") + jq("b", false, "d") + jq("c", false, "d") + jq("d", false, ""));

    RunResult result = engine.run(diamond, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.executed()).containsExactly("a", "b", "c", "d");
    assertThat(result.block("d").orElseThrow().outputs()).isEqualTo(JsonValue.object("result", "d"));
    assertThat(result.failure()).isEmpty();
    assertThat(result.pausedAt()).isEmpty();
    assertThat(result.pausedRun()).isEmpty();
  }

  @Test
  void the_run_stops_at_the_first_failing_block_and_the_later_ones_do_not_run() {
    Workflow wf = Workflows.global("  []", jq("a", true, "b") + """
          - {slug: b, name: b, outgoingActions: [c], schema: {type: JQ, expression: 'error("stop")'}}
        """ + jq("c", false, ""));

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.executed()).containsExactly("a", "b");
    BlockRun failed = result.block("b").orElseThrow();
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.error()).isEqualTo(result.failure());
    assertThat(failed.outputs()).isEqualTo(JsonValue.object(Map.of()));
    assertThat(result.block("a").orElseThrow().error()).isEmpty();
    assertThat(result.block("a").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void each_block_records_its_inputs_and_outputs_in_the_run_state() {
    RunResult result = engine.run(Workflows.global("  []", jq("a", true, "")), RunInput.empty());

    assertThat(result.state()).isEqualTo(JsonValue.from(Map.of(
        "context", ((JsonValue.JsonObject) result.state()).members().get("context"),
        "actions", Map.of("a", Map.of("inputs", Map.of(), "outputs", Map.of("result", "a"))),
        "variables", Map.of())));
  }

  @Test
  void a_failed_run_response_template_fails_a_completed_run_naming_the_template() {
    Workflow wf = Workflows.yaml("""
        name: T
        tag: t
        filter: {type: GLOBAL}
        runResponseTemplate: "{{#actions}}"
        actions:
        """ + jq("a", true, ""));

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("runResponseTemplate: "));
    assertThat(result.runResponse()).isEmpty();
  }

  @Test
  void a_failed_run_keeps_the_blocks_failure_when_its_failed_run_template_does_not_render() {
    Workflow wf = Workflows.yaml("""
        name: T
        tag: t
        filter: {type: GLOBAL}
        failedRunResponseTemplate: "{{#actions}}"
        actions:
          - {slug: a, name: a, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: 'error("no")'}}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).isEqualTo(result.block("a").orElseThrow().error());
    assertThat(result.failure().orElseThrow()).startsWith("block 'a' (JQ): ");
    assertThat(result.runResponse()).isEmpty();
  }

  @Test
  void a_paused_run_renders_no_response_template() {
    Workflow wf = Workflows.yaml("""
        name: T
        tag: t
        filter: {type: GLOBAL}
        runResponseTemplate: done
        failedRunResponseTemplate: failed
        actions:
          - {slug: approve, name: Approve, isRootAction: true, outgoingActions: [], schema: {type: MANUAL_APPROVAL, approvingTeamIds: [platform]}}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(result.runResponse()).isEmpty();
    assertThat(result.failure()).isEmpty();
    assertThat(result.pausedAt()).contains("approve");
    assertThat(result.resume().blockType()).isEqualTo("MANUAL_APPROVAL");
    assertThat(result.resume().approve("approve").runResponse()).contains("done");
    assertThat(result.resume().reject("approve").runResponse()).contains("failed");
  }

  @Test
  void default_answers_approve_an_approval_without_a_decision() {
    Workflow wf = Workflows.global("  []", """
          - {slug: approve, name: Approve, isRootAction: true, outgoingActions: [b], schema: {type: MANUAL_APPROVAL, approvingTeamIds: [platform]}}
        """ + jq("b", false, ""));

    RunResult result = engine.run(wf, RunInput.builder().defaultAnswers(true).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.executed()).containsExactly("approve", "b");
    assertThat(result.block("approve").orElseThrow().outputs()).isEqualTo(JsonValue.object("approved", true));
    assertThat(engine.run(wf, RunInput.builder().defaultAnswers(true).approval("approve", false).build())
        .failure()).contains("block 'approve' (MANUAL_APPROVAL): the approval was rejected");
  }

  @Test
  void a_pause_holds_the_blocks_queued_after_it_until_the_run_continues() {
    Workflow wf = Workflows.global("  []", jq("a", true, "approve, b") + """
          - {slug: approve, name: Approve, outgoingActions: [c], schema: {type: MANUAL_APPROVAL, approvingTeamIds: [platform]}}
        """ + jq("b", false, "") + jq("c", false, ""));

    RunResult paused = engine.run(wf, RunInput.empty());
    RunResult approved = paused.resume().approve("approve");

    assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(paused.executed()).containsExactly("a", "approve");
    assertThat(approved.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(approved.executed()).containsExactly("a", "approve", "b", "c");
    assertThat(paused.executed()).containsExactly("a", "approve");
    assertThatThrownBy(() -> paused.resume().reject("b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the run waits on block 'approve' (MANUAL_APPROVAL), not on a decision of block 'b'");
    assertThatThrownBy(() -> approved.resume()).isInstanceOf(IllegalStateException.class)
        .hasMessage("run of 't' is COMPLETED, not PAUSED");
    RunResult rejected = paused.resume().reject("approve");
    assertThatThrownBy(() -> rejected.resume()).isInstanceOf(IllegalStateException.class)
        .hasMessage("run of 't' is FAILED, not PAUSED: block 'approve' (MANUAL_APPROVAL): the approval was rejected");
  }
}

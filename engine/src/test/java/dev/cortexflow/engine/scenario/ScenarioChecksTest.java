package dev.cortexflow.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.engine.RunEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each expectation of a scenario that does not hold is one line saying what was expected and what happened. */
class ScenarioChecksTest {
  @TempDir
  Path dir;

  private final ScenarioRunner runner = new ScenarioRunner(RunEngine.create());

  @BeforeEach
  void writeWorkflow() throws IOException {
    Files.writeString(dir.resolve("flow.yaml"), """
        name: Flow
        tag: flow
        filter: {type: GLOBAL}
        runResponseTemplate: "done {{actions.calc.outputs.result}}"
        actions:
          - {slug: calc, name: Calc, isRootAction: true, outgoingActions: [approve], schema: {type: JQ, expression: '7'}}
          - {slug: approve, name: Approve, outgoingActions: [notify], schema: {type: MANUAL_APPROVAL, approvingTeamIds: [platform]}}
          - {slug: notify, name: Notify, outgoingActions: [], schema: {type: SLACK, channel: c, message: "n {{actions.calc.outputs.result}}"}}
        """);
  }

  private ScenarioResult run(String text) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "workflow: flow.yaml\n" + text);
    return runner.run(ScenarioReader.read(file, "s.yaml"));
  }

  @Test
  void a_paused_run_names_the_block_it_waits_on_when_another_status_was_expected() throws IOException {
    ScenarioResult result = run("expect: {status: COMPLETED, failure: rejected, runResponse: done 7}\n");

    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).containsExactly(
        "status: expected COMPLETED but was PAUSED (paused at 'approve')",
        "failure: expected \"rejected\" but was none",
        "runResponse: expected \"done 7\" but was none");
  }

  @Test
  void a_failed_run_shows_its_failure_against_the_expected_one() throws IOException {
    ScenarioResult result = run("""
        approvals: {approve: REJECTED}
        expect: {status: FAILED, failure: other}
        """);

    assertThat(result.failures()).containsExactly("failure: expected \"other\" but was \"block 'approve' "
        + "(MANUAL_APPROVAL): the approval was rejected\"");
  }

  @Test
  void outputs_and_requests_of_blocks_that_did_not_run_or_send_nothing_are_named() throws IOException {
    ScenarioResult result = run("""
        expect:
          outputs: {notify: {}, calc: {result: 7}}
          requests: {notify: {}, calc: {}}
        """);

    assertThat(result.failures()).containsExactly(
        "outputs.notify: block 'notify' did not run ([calc, approve])",
        "requests.notify: block 'notify' did not run ([calc, approve])",
        "requests.calc: a JQ block sends no request");
  }

  @Test
  void expectations_that_hold_give_no_line() throws IOException {
    ScenarioResult result = run("""
        approvals: {approve: APPROVED}
        responses: {notify: {outputs: {ts: "1"}}}
        expect:
          status: COMPLETED
          executed: [calc, approve, notify]
          notExecuted: [other]
          outputs: {calc: {result: 7}, notify: {ts: "1"}}
          requests: {notify: {message: n 7}}
          runResponse: done 7
        """);

    assertThat(result.failures()).isEmpty();
    assertThat(result.passed()).isTrue();
    assertThat(result.run().runResponse()).contains("done 7");
  }

  @Test
  void a_wrong_run_response_shows_the_rendered_one() throws IOException {
    ScenarioResult result = run("""
        approvals: {approve: APPROVED}
        defaultAnswers: true
        expect: {runResponse: done 8, failure: none}
        """);

    assertThat(result.failures()).containsExactly("failure: expected \"none\" but was none",
        "runResponse: expected \"done 8\" but was \"done 7\"");
  }

  @Test
  void the_runner_reads_each_descriptor_once_and_refuses_one_that_is_no_workflow() throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "workflow: flow.yaml\nexpect: {}\n");
    Scenario scenario = ScenarioReader.read(file, "s.yaml");

    assertThat(runner.workflow(scenario).tag()).isEqualTo("flow");
    assertThat(runner.workflow(scenario)).isSameAs(runner.workflow(scenario));
    Files.writeString(dir.resolve("bad.yaml"), "name: [\n");
    Files.writeString(file, "workflow: bad.yaml\nexpect: {}\n");
    Scenario bad = ScenarioReader.read(file, "s.yaml");
    assertThatThrownBy(() -> runner.run(bad)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("s.yaml: key 'workflow': " + dir.resolve("bad.yaml") + " cannot be read: ");
  }

  @Test
  void a_folder_expands_to_its_yaml_files_only_and_one_without_any_is_refused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(folder.resolve("a.yml"), "");
    Files.writeString(folder.resolve("b.yaml.txt"), "");
    Files.writeString(folder.resolve("yaml"), "");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "");

    assertThat(ScenarioFiles.expand(List.of(folder, dir.resolve("flow.yaml"))))
        .containsExactly(folder.resolve("a.yml"), dir.resolve("flow.yaml"));
    assertThatThrownBy(() -> ScenarioFiles.expand(List.of(empty)))
        .hasMessage(empty + ": a folder without scenario files (*.yaml, *.yml)");
  }
}

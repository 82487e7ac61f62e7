package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

  @TempDir
  Path dir;

  @Test
  void prints_a_mermaid_flowchart_with_labelled_paths_and_the_join() {
    Fixtures.write(dir, "route.yaml", Fixtures.BRANCHING);

    CliRun run = CliRun.in(dir).run("graph", "route.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("""
        flowchart TD
          b0{"Route<br/><small>route · CONDITIONAL_BRANCH</small>"}
          b1("Shape<br/><small>shape · JQ</small>")
          b2("Notify<br/><small>notify · SLACK</small>")
          start((start)) --> b0
          b0 -->|"API call"| b1
          b0 -->|"Anything else (otherwise)"| b2
          b0 -.->|join| b2
          b1 --> b2
        """);
  }

  @Test
  void prints_the_graph_of_a_cycle_then_its_error_on_standard_error_and_exits_1() {
    Fixtures.write(dir, "loop.yaml", Fixtures.VALID.replace("  outgoingActions: []\n  isRootAction: false",
        "  outgoingActions:\n  - shape\n  isRootAction: false"));

    CliRun run = CliRun.in(dir).run("graph", "loop.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("flowchart TD\n").contains("b1 --> b0");
    assertThat(run.err).isEqualTo("loop.yaml: ERROR CYCLE at /actions/1/outgoingActions/0: block 'notify'"
        + " (actions[1]): the edge to 'shape' closes the cycle shape -> notify -> shape: remove one edge of the"
        + " cycle, workflows cannot loop\n");
  }

  @Test
  void exits_0_for_a_sound_graph_whose_blocks_have_other_errors() {
    Fixtures.write(dir, "typo.yaml", Fixtures.VALID.replace("actions.shape.outputs", "actions.shap.outputs"));

    CliRun run = CliRun.in(dir).run("graph", "typo.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
  }

  @Test
  void prints_dot_on_request() {
    Fixtures.write(dir, "route.yaml", Fixtures.BRANCHING);

    CliRun run = CliRun.in(dir).run("graph", "--format", "dot", "route.yaml");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("digraph \"route-deploys\" {\n")
        .contains("\"route\" -> \"shape\" [label=\"API call\"];", "[style=dashed, label=\"join\"]");
  }

  @Test
  void rejects_an_unknown_format() {
    Fixtures.write(dir, "route.yaml", Fixtures.BRANCHING);

    CliRun run = CliRun.in(dir).run("graph", "--format", "png", "route.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Invalid value for option '--format': expected one of [mermaid, dot]");
  }

  @Test
  void exits_2_for_a_folder() {
    Fixtures.write(dir, "flows/route.yaml", Fixtures.BRANCHING);

    CliRun run = CliRun.in(dir).run("graph", "flows");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: graph draws one descriptor; 'flows' is a folder\n");
  }

  @Test
  void exits_2_for_a_missing_file() {
    CliRun run = CliRun.in(dir).run("graph", "missing.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read 'missing.yaml': no such file or directory\n");
  }
}

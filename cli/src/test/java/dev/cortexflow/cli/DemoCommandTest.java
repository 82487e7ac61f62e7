package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void tells_the_whole_story_and_writes_yaml_and_a_graph_per_workflow() throws Exception {
    CliRun run = CliRun.in(dir).run("demo", "--out", "demo-out");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("3. Read back and validated the YAML: 0 errors, ")
        .containsPattern("\n   \\[1/\\d+\\] created ")
        .contains("5. Pushing again: nothing should change\n   Plan: 0 to create, 0 to update, ")
        .containsPattern("waits for a callback\\)\n   posted the SUCCESS callback for block '[^']+', as the "
            + "external system would\n")
        .containsPattern("\n   run run-\\d+: COMPLETED\n")
        .endsWith("7. Stopped the sandbox\n\nEverything is in demo-out/: a <tag>.yaml descriptor and a <tag>.mmd "
            + "Mermaid graph per workflow.\n");
    try (Stream<Path> files = Files.list(dir.resolve("demo-out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("incident-escalation.yaml", "incident-escalation.mmd");
    }
    assertThat(Fixtures.read(dir.resolve("demo-out/incident-escalation.mmd"))).startsWith("flowchart TD\n");
  }

  @Test
  void never_prints_its_token() {
    CliRun run = CliRun.in(dir).run("demo", "--out", "demo-out", "--verbose");

    assertThat(run.out + run.err).doesNotContain("cortexflow-demo-token");
  }

  @Test
  void exits_2_when_a_file_is_in_the_way_of_the_output_folder() {
    Fixtures.write(dir, "demo-out", "not a folder");

    CliRun run = CliRun.in(dir).run("demo", "--out", "demo-out");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: a file is in the way of folder '" + dir.resolve("demo-out")
        + "': give another folder or remove the file\n");
  }
}

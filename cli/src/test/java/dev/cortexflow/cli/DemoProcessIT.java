package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ./cortexflow demo} as a separate process through the launcher and the packaged jar, the way CI and a
 * user run it. Bound to the {@code integration-test} phase, after the jar is built.
 */
class DemoProcessIT {

  @TempDir
  Path dir;

  @Test
  void the_demo_runs_end_to_end_from_any_directory_with_the_same_output_every_time() throws Exception {
    Path launcher = root().resolve("cortexflow");
    assumeTrue(Files.isExecutable(launcher), "the launcher " + launcher + " is not executable");

    // when
    Result first = run(launcher, "demo");
    Result second = run(launcher, "demo");

    // then
    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).startsWith("1. Started the sandbox at http://127.0.0.1:")
        .contains("2. Rendered ", "3. Read back and validated the YAML: 0 errors",
            "5. Pushing again: nothing should change", " completed\n", "7. Stopped the sandbox")
        .endsWith("Everything is in target/demo/: a <tag>.yaml descriptor and a <tag>.mmd Mermaid graph per "
            + "workflow.\n");
    assertThat(first.err).as("stderr").isEmpty();
    assertThat(masked(second.out)).isEqualTo(masked(first.out));
    try (var files = Files.list(dir.resolve("target/demo"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).anyMatch(n -> n.endsWith(".yaml")).anyMatch(n -> n.endsWith(".mmd"));
      assertThat(names.stream().filter(n -> n.endsWith(".yaml")).count())
          .isEqualTo(names.stream().filter(n -> n.endsWith(".mmd")).count());
    }
    System.out.printf("cortexflow demo took %d ms (first run) and %d ms (second run)%n", first.millis,
        second.millis);
  }

  @Test
  void the_launcher_reports_bad_usage_with_exit_2_and_one_line() throws Exception {
    Path launcher = root().resolve("cortexflow");
    assumeTrue(Files.isExecutable(launcher), "the launcher " + launcher + " is not executable");

    Result result = run(launcher, "validate", "--no-such-option", "x.yaml");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).isEqualTo("error: Unknown option: '--no-such-option'; see 'cortexflow validate --help'\n");
  }

  private Result run(Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the process ends").isTrue();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8), millis);
  }

  private static String masked(String output) {
    return output.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
  }

  private static Path root() {
    String root = System.getProperty("cortexflow.root");
    assumeTrue(root != null, "system property cortexflow.root is not set (run through Maven)");
    return Path.of(root);
  }

  private record Result(int exitCode, String out, String err, long millis) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}

package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a push, for real: {@code java -jar} of the packaged jar against a slow sandbox gets SIGINT after its
 * first progress line, exits 130, and says what it wrote and what was in flight. Bound to the
 * {@code integration-test} phase, after the jar is built.
 */
class PushInterruptProcessIT {

  @TempDir
  Path dir;

  @Test
  void sigint_during_a_push_exits_130_saying_what_was_written_and_what_was_in_flight() throws Exception {
    Path jar = root().resolve("cli/target/cortexflow.jar");
    assumeTrue(Files.isRegularFile(jar), "the jar " + jar + " is not built");
    assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
        "no kill command to send SIGINT with");
    for (int i = 1; i <= 40; i++) {
      Fixtures.write(dir, "flows/flow-" + i + ".yaml", Fixtures.VALID.replace("notify-on-deploy", "flow-" + i));
    }
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    try (CortexSandbox sandbox = CortexSandbox.builder().token("t0ken").delay(Duration.ofMillis(300)).build().start()) {
      ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "push", "flows")
          .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("CORTEX_API_URL", sandbox.url());
      builder.environment().put("CORTEX_API_TOKEN", "t0ken");
      Process push = builder.start();
      try {
        // bounded wait for the first write to be shown
        for (int i = 0; i < 300 && !Files.readString(out, UTF_8).contains("[1/40]"); i++) {
          Thread.sleep(100);
        }
        assertThat(Files.readString(out, UTF_8)).as("the push got under way").contains("[1/40]");
        new ProcessBuilder("kill", "-INT", String.valueOf(push.pid())).start().waitFor(10, TimeUnit.SECONDS);

        assertThat(push.waitFor(30, TimeUnit.SECONDS)).as("the push ends").isTrue();
      } finally {
        push.destroyForcibly();
      }
      String stdout = Files.readString(out, UTF_8);
      String stderr = Files.readString(err, UTF_8);
      assertThat(push.exitValue()).as(stdout + stderr).isEqualTo(130);
      assertThat(stderr).matches("interrupted: \\d+ written, [1-4] in flight; run push again to converge\n");
      List<String> lines = stdout.lines().toList();
      assertThat(lines.get(lines.size() - 1)).matches("\\[\\d+/40] created flow-\\d+");
      int shown = lines.stream().filter(l -> l.startsWith("[")).toList().size();
      assertThat(stderr).startsWith("interrupted: " + shown + " written, ");
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path root() {
    String root = System.getProperty("cortexflow.root");
    assumeTrue(root != null, "system property cortexflow.root is not set (run through Maven)");
    return Path.of(root);
  }
}

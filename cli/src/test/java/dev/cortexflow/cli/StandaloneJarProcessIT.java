package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged command-line jar the way a project without a clone of this repository does: a copy of the jar
 * alone in a folder, started with {@code java -jar}, without the launcher, Maven or any environment variable of
 * cortexflow. Bound to the {@code integration-test} phase, after the jar is built.
 */
class StandaloneJarProcessIT {

  private static final String VALID = """
      name: Notify
      tag: notify
      isDraft: false
      filter:
        type: GLOBAL
      actions:
      - name: Say
        slug: say
        schema:
          type: SLACK
          channel: deploys
          message: hi
        outgoingActions: []
        isRootAction: true
      """;

  @TempDir
  Path dir;

  @Test
  void a_copy_of_the_jar_validates_descriptors_on_its_own() throws Exception {
    Path jar = copyOfTheJar();
    Files.writeString(dir.resolve("notify.yaml"), VALID, UTF_8);
    Files.writeString(dir.resolve("broken.yaml"), VALID.replace("tag: notify", "tag: broken")
        .replace("outgoingActions: []", "outgoingActions: [nowhere]"), UTF_8);

    Result valid = run(jar, "validate", "notify.yaml");
    Result broken = run(jar, "validate", "broken.yaml");

    assertThat(valid.exitCode).as(valid.toString()).isZero();
    assertThat(valid.out).isEqualTo("0 errors, 0 warnings in 1 file\n");
    assertThat(broken.exitCode).as(broken.toString()).isEqualTo(1);
    assertThat(broken.err).startsWith("broken.yaml: ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: ");
    assertThat(broken.out).isEqualTo("1 error, 0 warnings in 1 file\n");
  }

  @Test
  void a_copy_of_the_jar_knows_its_version() throws Exception {
    Result version = run(copyOfTheJar(), "--version");

    assertThat(version.exitCode).as(version.toString()).isZero();
    assertThat(version.out).matches("cortexflow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  private Path copyOfTheJar() throws IOException {
    String root = System.getProperty("cortexflow.root");
    assumeTrue(root != null, "system property cortexflow.root is not set (run through Maven)");
    Path built = Path.of(root, "cli", "target", "cortexflow.jar");
    assumeTrue(Files.isRegularFile(built), "the jar " + built + " is not built yet (run mvn verify)");
    Path copy = dir.resolve("cortexflow-cli.jar");
    Files.copy(built, copy);
    return copy;
  }

  private Result run(Path jar, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("CORTEX") || name.startsWith("CORTEXFLOW"));
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ends").isTrue();
    return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}

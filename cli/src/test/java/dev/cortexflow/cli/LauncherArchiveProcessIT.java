package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher in a copy of the checkout that holds only the launcher, the training descriptor and the built
 * jar, to pin what it writes for its class-data-sharing archive: only files under {@code cli/target}, renamed into
 * place, recorded again when the jar changes, and mapped by the next start. Bound to the {@code integration-test}
 * phase, after the jar is built.
 */
class LauncherArchiveProcessIT {

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
  Path checkout;

  @TempDir
  Path logs;

  @Test
  void theArchiveIsWrittenOnlyUnderCliTargetHoldsPicocliAndIsRecordedAgainForARebuiltJar() throws Exception {
    Path launcher = copyOfTheCheckout();
    Files.writeString(checkout.resolve("notify.yaml"), VALID, UTF_8);

    Result first = run(launcher, logs.resolve("first.log"), "validate", "notify.yaml");

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).isEqualTo("0 errors, 0 warnings in 1 file\n");
    assertThat(first.err).isEmpty();
    assertThat(filesIn(checkout)).containsExactlyInAnyOrder("cortexflow", "notify.yaml",
        "cli/src/cds/training.yaml", "cli/target/cortexflow.jar", "cli/target/.cortexflow-build.lock",
        "cli/target/launcher/cortexflow.jar", "cli/target/launcher/" + archiveName());
    assertThat(Files.readString(logs.resolve("first.log"), UTF_8))
        .contains("dev.cortexflow.cli.Main source: shared objects file\n",
            "picocli.CommandLine source: shared objects file\n",
            "dev.cortexflow.codec.WorkflowReader source: shared objects file\n");

    assertThat(archivedClasses(checkout.resolve("cli/target/launcher/" + archiveName()),
        checkout.resolve("cli/target/launcher/cortexflow.jar")))
        .as("the classes of validate, fmt, push, diff and pull, and not those of the sandbox or the run engine")
        .contains(" dev.cortexflow.cli.command.FmtCommand app_loader", " feign.Feign app_loader",
            " dev.cortexflow.client.sync.SyncEngine app_loader", " dev.cortexflow.cli.command.PullCommand app_loader")
        .doesNotContain("dev.cortexflow.sandbox.", "dev.cortexflow.engine.", "dev.cortexflow.dsl.");

    // a rebuild: the same classes in a jar newer than the archive (which was written before the first run ended)
    Path archive = checkout.resolve("cli/target/launcher/" + archiveName());
    FileTime rebuilt = FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1);
    Files.setLastModifiedTime(checkout.resolve("cli/target/cortexflow.jar"), rebuilt);
    Result second = run(launcher, logs.resolve("second.log"), "validate", "notify.yaml");

    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.err).isEmpty();
    assertThat(Files.getLastModifiedTime(checkout.resolve("cli/target/launcher/cortexflow.jar"))).isEqualTo(rebuilt);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(rebuilt);
    assertThat(filesIn(checkout)).hasSize(7);
    assertThat(Files.readString(logs.resolve("second.log"), UTF_8))
        .contains("dev.cortexflow.cli.Main source: shared objects file\n");
  }

  /** The archive's class list, as the JVM prints it. */
  private static String archivedClasses(Path archive, Path jar) throws IOException, InterruptedException {
    Process print = new ProcessBuilder("java", "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit",
        "-cp", jar.toString()).redirectErrorStream(true).start();
    String listing = new String(print.getInputStream().readAllBytes(), UTF_8);
    assertThat(print.waitFor()).as(listing).isZero();
    return listing;
  }

  /** The launcher names the archive after the real path of the {@code java} it runs. */
  private static String archiveName() throws IOException, InterruptedException {
    Process which = new ProcessBuilder("bash", "-c", "readlink -f \"$(command -v java)\"").start();
    String java = new String(which.getInputStream().readAllBytes(), UTF_8).strip();
    assertThat(which.waitFor()).isZero();
    return "classes-" + java.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsa";
  }

  private Path copyOfTheCheckout() throws IOException {
    String root = System.getProperty("cortexflow.root");
    assumeTrue(root != null, "system property cortexflow.root is not set (run through Maven)");
    Path built = Path.of(root, "cli", "target", "cortexflow.jar");
    assumeTrue(Files.isRegularFile(built), "the jar " + built + " is not built yet (run mvn verify)");
    Path launcher = checkout.resolve("cortexflow");
    Files.copy(Path.of(root, "cortexflow"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(checkout.resolve("cli/src/cds"));
    Files.copy(Path.of(root, "cli/src/cds/training.yaml"), checkout.resolve("cli/src/cds/training.yaml"));
    Files.createDirectories(checkout.resolve("cli/target"));
    Files.copy(built, checkout.resolve("cli/target/cortexflow.jar"));
    return launcher;
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }
  }

  private Result run(Path launcher, Path classLog, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = logs.resolve("stdout.txt");
    Path err = logs.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("CORTEXFLOW_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher ends").isTrue();
    return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}

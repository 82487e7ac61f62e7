package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmt --write} changes a file's text only: its permissions stay, and a symbolic link stays a link. */
class FmtKeepsFilesTest {

  @TempDir
  Path dir;

  @Test
  void write_keeps_the_permissions_of_a_644_and_a_755_file() throws IOException {
    Path shared = Fixtures.write(dir, "shared.yaml", Fixtures.NOT_CANONICAL);
    Path script = Fixtures.write(dir, "script.yaml", Fixtures.NOT_CANONICAL);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

    CliRun run = CliRun.in(dir).run("fmt", "--write", "shared.yaml", "script.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Fixtures.read(shared)).startsWith("name: Notify on deploy\ntag: notify-on-deploy\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
  }

  @Test
  void write_through_a_symbolic_link_rewrites_its_target_and_keeps_the_link() throws IOException {
    Path target = Fixtures.write(dir, "real/flow.yaml", Fixtures.NOT_CANONICAL);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    Path link = Files.createSymbolicLink(dir.resolve("flow.yaml"), Path.of("real/flow.yaml"));

    CliRun run = CliRun.in(dir).run("fmt", "--write", "flow.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/flow.yaml"));
    assertThat(Fixtures.read(target)).startsWith("name: Notify on deploy\ntag: notify-on-deploy\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    try (var left = Files.list(dir.resolve("real"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("flow.yaml");
    }
  }

  @Test
  void a_written_file_replaces_a_symbolic_link_in_its_folder_instead_of_writing_outside_it() throws IOException {
    Path outside = Fixtures.write(dir, "outside.txt", "keep me\n");
    Path live = Files.createDirectories(dir.resolve("live"));
    Files.createSymbolicLink(live.resolve("flow.yaml"), outside);

    dev.cortexflow.cli.internal.TextFiles.write(live.resolve("flow.yaml"), "pulled\n", "live/flow.yaml");

    assertThat(Fixtures.read(outside)).isEqualTo("keep me\n");
    assertThat(Files.isSymbolicLink(live.resolve("flow.yaml"))).isFalse();
    assertThat(Fixtures.read(live.resolve("flow.yaml"))).isEqualTo("pulled\n");
  }

  @Test
  void a_new_file_gets_the_permissions_of_any_new_file_not_600() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));

    dev.cortexflow.cli.internal.TextFiles.write(dir.resolve("live/new.yaml"), "pulled\n", "live/new.yaml");

    assertThat(Files.getPosixFilePermissions(dir.resolve("live/new.yaml")))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }
}

package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir
  Path dir;

  @Test
  void writes_one_java_source_per_workflow_under_the_package() {
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID);
    Fixtures.write(dir, "flows/route.yaml", Fixtures.BRANCHING);

    CliRun run = CliRun.in(dir).run("import", "flows", "--package", "com.acme.flows", "--out", "src/main/java");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).endsWith("imported 2 workflows into package 'com.acme.flows' under src/main/java\n")
        .contains("wrote src/main/java/com/acme/flows/");
    assertThat(dir.resolve("src/main/java/com/acme/flows")).isDirectoryContaining("glob:**.java");
  }

  @Test
  void rejects_a_package_that_is_no_java_name() {
    Fixtures.write(dir, "notify.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("import", "notify.yaml", "--package", "com.acme.class", "--out", "src");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: package 'com.acme.class' is not valid: use dotted Java names\n");
  }

  @Test
  void exits_2_for_hostile_yaml() {
    Fixtures.write(dir, "bomb.yaml", Fixtures.ALIAS_BOMB);

    CliRun run = CliRun.in(dir).run("import", "bomb.yaml", "--package", "com.acme", "--out", "src");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ").contains("bomb.yaml");
    assertThat(dir.resolve("src")).doesNotExist();
  }

  @Test
  void exits_2_for_a_missing_file() {
    CliRun run = CliRun.in(dir).run("import", "nope.yaml", "--package", "com.acme", "--out", "src");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read 'nope.yaml': no such file or directory\n");
  }

  @Test
  void exits_2_naming_the_file_that_is_in_the_way_of_the_output_folder() {
    Fixtures.write(dir, "flow.yaml", Fixtures.VALID);
    Fixtures.write(dir, "src", "not a folder");

    CliRun run = CliRun.in(dir).run("import", "flow.yaml", "--package", "com.acme", "--out", "src");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: a file is in the way of folder '" + dir.resolve("src/com")
        + "': give another folder or remove the file\n");
  }
}

package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

  @TempDir
  Path dir;

  @Test
  void prints_the_canonical_form_of_one_file() {
    Fixtures.write(dir, "flow.yaml", Fixtures.NOT_CANONICAL);

    CliRun run = CliRun.in(dir).run("fmt", "flow.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith("name: Notify on deploy\ntag: notify-on-deploy\n");
    assertThat(Fixtures.read(dir.resolve("flow.yaml"))).isEqualTo(Fixtures.NOT_CANONICAL);
  }

  @Test
  void check_lists_files_that_are_not_canonical_and_exits_1_without_changing_them() {
    Fixtures.write(dir, "flow.yaml", Fixtures.NOT_CANONICAL);

    CliRun run = CliRun.in(dir).run("fmt", "--check", ".");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("flow.yaml: not canonical (run 'cortexflow fmt --write flow.yaml')\n");
    assertThat(Fixtures.read(dir.resolve("flow.yaml"))).isEqualTo(Fixtures.NOT_CANONICAL);
  }

  @Test
  void write_rewrites_in_place_after_which_check_passes() {
    Fixtures.write(dir, "flow.yaml", "# Owned by the platform team\n" + Fixtures.NOT_CANONICAL);

    CliRun write = CliRun.in(dir).run("fmt", "--write", "flow.yaml");
    CliRun check = CliRun.in(dir).run("fmt", "--check", "flow.yaml");

    assertThat(write.exitCode).as(write.toString()).isZero();
    assertThat(write.out).contains("formatted flow.yaml");
    assertThat(Fixtures.read(dir.resolve("flow.yaml")))
        .startsWith("# Owned by the platform team\nname: Notify on deploy\ntag: notify-on-deploy\n");
    assertThat(check.exitCode).as(check.toString()).isZero();
  }

  @Test
  void formats_json_files_as_json() throws Exception {
    Object tree = new ObjectMapper(new YAMLFactory()).readValue(Fixtures.NOT_CANONICAL, Object.class);
    Fixtures.write(dir, "flow.json", new ObjectMapper().writeValueAsString(tree));

    CliRun write = CliRun.in(dir).run("fmt", "--write", "flow.json");
    CliRun check = CliRun.in(dir).run("fmt", "--check", "flow.json");

    assertThat(write.exitCode).as(write.toString()).isZero();
    assertThat(Fixtures.read(dir.resolve("flow.json"))).startsWith("{").contains("\"tag\"");
    assertThat(check.exitCode).as(check.toString()).isZero();
  }

  @Test
  void refuses_to_print_several_files() {
    Fixtures.write(dir, "a.yaml", Fixtures.VALID);
    Fixtures.write(dir, "b.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("fmt", "a.yaml", "b.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: fmt prints one file; give --write or --check for 2 files\n");
  }

  @Test
  void rejects_write_together_with_check() {
    Fixtures.write(dir, "a.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("fmt", "--write", "--check", "a.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: --write, --check are mutually exclusive");
  }

  @Test
  void exits_2_for_hostile_yaml() {
    Fixtures.write(dir, "bomb.yaml", Fixtures.ALIAS_BOMB);

    CliRun run = CliRun.in(dir).run("fmt", "bomb.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ").contains("bomb.yaml");
  }
}

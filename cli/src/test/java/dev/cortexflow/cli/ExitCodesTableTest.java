package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.cli.internal.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one table of exit codes: in code, at the foot of every --help, and in the README, all the same. */
class ExitCodesTableTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir
  Path dir;

  @Test
  void every_help_ends_with_the_table_of_exit_codes() {
    String footer = String.join("\n", ExitCodes.helpFooter()) + "\n";
    for (String command : List.of("render", "validate", "fmt", "graph", "import", "diff", "push", "pull", "run",
        "test", "sandbox", "demo", "completion")) {
      CliRun run = CliRun.in(dir).run(command, "--help");

      assertThat(run.out).as(command).endsWith(footer);
    }
    assertThat(CliRun.in(dir).run("--help").out).endsWith(footer);
    assertThat(footer).contains("\n    3  the server could not be reached or used: ");
  }

  @Test
  void the_readme_lists_exactly_the_codes_of_the_table_with_the_same_meanings() throws IOException {
    List<String> rows = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
        .filter(line -> line.matches("\\| `\\d+` \\| .*")).toList();

    assertThat(rows).containsExactlyElementsOf(ExitCodes.TABLE.stream()
        .map(entry -> "| `" + entry.code() + "` | " + entry.meaning() + " |").toList());
  }
}

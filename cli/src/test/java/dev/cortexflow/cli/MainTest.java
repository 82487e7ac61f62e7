package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.cli.command.Commands;
import java.nio.file.Path;
import picocli.CommandLine;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path dir;

  @Test
  void prints_usage_listing_the_commands() {
    CliRun run = CliRun.in(dir).run("--help");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Usage: cortexflow", "completion", "\nExit codes:\n    0  success");
    assertThat(run.err).isEmpty();
  }

  @Test
  void prints_the_version() {
    CliRun run = CliRun.in(dir).run("--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("cortexflow ").doesNotContain("unknown");
  }

  @Test
  void rejects_an_unknown_option_with_one_line_and_exit_2() {
    CliRun run = CliRun.in(dir).run("--bogus");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("error: Unknown option: '--bogus'; see 'cortexflow --help'\n");
  }

  @Test
  void rejects_an_unknown_command_with_a_suggestion() {
    CliRun run = CliRun.in(dir).run("completoin");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo(
        "error: Unmatched argument at index 0: 'completoin' (did you mean 'completion'?); see 'cortexflow --help'\n");
  }

  @Test
  void prints_a_bash_completion_script_that_knows_the_commands() {
    CliRun run = CliRun.in(dir).run("completion");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("complete -F", "_picocli_cortexflow", "completion");
  }

  @Test
  void registers_every_command_under_the_name_its_annotation_gives() {
    CommandLine all = Commands.commandLine(CliRun.context(dir));

    all.getSubcommands().forEach((name, command) -> assertThat(command.getCommandSpec().name()).isEqualTo(name));
    assertThat(all.getSubcommands().keySet()).containsExactly("render", "validate", "fmt", "graph", "import", "diff",
        "push", "pull", "run", "test", "sandbox", "demo", "completion");
  }

  @Test
  void builds_only_the_command_that_runs() {
    assertThat(Commands.commandLineFor(CliRun.context(dir), "validate", "x.yaml").getSubcommands().keySet())
        .containsExactly("validate");
    assertThat(Commands.commandLineFor(CliRun.context(dir), "--help").getSubcommands()).hasSize(13);
    assertThat(Commands.commandLineFor(CliRun.context(dir), "vaildate").getSubcommands()).hasSize(13);
  }

  @Test
  void every_command_has_help() {
    Set<String> commands = Commands.commandLine(CliRun.context(dir)).getSubcommands().keySet();
    assertThat(commands).isNotEmpty();
    for (String command : commands) {
      CliRun run = CliRun.in(dir).run(command, "--help");
      assertThat(run.exitCode).as(command).isZero();
      assertThat(run.out).as(command).contains("Usage: cortexflow " + command);
    }
  }

  @Test
  void help_descriptions_are_whole_paragraphs_so_wrapping_never_breaks_a_sentence_in_two() {
    for (var command : Commands.commandLine(CliRun.context(dir)).getSubcommands().values()) {
      String[] description = command.getCommandSpec().usageMessage().description();
      assertThat(description).as(command.getCommandName()).allSatisfy(paragraph -> assertThat(paragraph)
          .as(command.getCommandName()).matches("(?s).*[.)]"));
    }
    CliRun render = CliRun.in(dir).run("render", "--help");
    assertThat(render.out).contains("""
        Render the workflows of WorkflowSource classes on a classpath to YAML files.
        Finds every public WorkflowSource class with a public no-arg constructor in the
        folders and jars of the classpath and writes one <tag>.yaml per workflow.
        """);
  }
}

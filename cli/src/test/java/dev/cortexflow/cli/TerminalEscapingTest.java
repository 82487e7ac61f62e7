package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a descriptor never reaches the terminal as control characters: it is printed as {@code \u001b}. */
class TerminalEscapingTest {

  @TempDir
  Path dir;

  @Test
  void validate_prints_an_erase_line_sequence_in_a_tag_in_a_visible_form() {
    Fixtures.write(dir, "bad.yaml", Fixtures.VALID.replace("tag: notify-on-deploy", "tag: \"notify\\e[2K\\rx\""));

    CliRun run = CliRun.in(dir).run("validate", "bad.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("bad.yaml: ERROR INVALID_VALUE at /tag: tag 'notify\\u001b[2K\\u000dx' is not valid:"
        + " use letters, digits and hyphens\n");
    assertThat(run.out + run.err).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void validate_prints_a_window_title_sequence_in_a_name_in_a_visible_form_in_json_too() {
    Fixtures.write(dir, "bad.yaml", Fixtures.VALID.replace("tag: notify-on-deploy", "tag: \"x\\e]0;pwned\\a\""));

    CliRun text = CliRun.in(dir).run("validate", "bad.yaml");
    CliRun json = CliRun.in(dir).run("validate", "bad.yaml", "--format", "json");

    assertThat(text.err).contains("tag 'x\\u001b]0;pwned\\u0007' is not valid");
    assertThat(text.out + text.err + json.out + json.err).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void a_usage_error_quoting_an_argument_prints_its_control_characters_in_a_visible_form() {
    CliRun run = CliRun.in(dir).run("validate", "x.yaml", "--format", "\u001b]0;pwned\u0007");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Invalid value for option '--format': expected one of [text, json, sarif]"
        + " (case-insensitive) but was '\\u001b]0;pwned\\u0007'").doesNotContain("\u001b");
  }

  @Test
  void an_error_naming_a_file_prints_its_control_characters_in_a_visible_form() {
    CliRun run = CliRun.in(dir).run("validate", "missing\u009b2J.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("missing\\u009b2J.yaml").doesNotContain("\u009b");
  }
}

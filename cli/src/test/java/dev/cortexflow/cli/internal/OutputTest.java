package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Secrets secrets = new Secrets();

  private Output output(boolean interactive, boolean verbose) {
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of(), Path.of(""),
        interactive);
    return new Output(context, secrets, false, verbose);
  }

  @Test
  void masks_a_token_with_a_crlf_line_break_before_normalising_line_endings() {
    secrets.add("s3cr3t-first\r\ns3cr3t-second");

    output(false, true).stackTrace(new IllegalArgumentException("header value: Bearer s3cr3t-first\r\ns3cr3t-second"));

    assertThat(err.toString()).startsWith("java.lang.IllegalArgumentException: header value: Bearer ****\n")
        .doesNotContain("s3cr3t").doesNotContain("\r");
  }

  @Test
  void masks_each_line_of_a_token_quoted_alone() {
    secrets.add("s3cr3t-first\ns3cr3t-second");

    output(false, false).error("error: header value: Bearer s3cr3t-first");

    assertThat(err.toString()).isEqualTo("error: header value: Bearer ****\n");
  }

  @Test
  void escapes_control_characters_in_every_kind_of_line_but_keeps_its_own_redraw() {
    Output output = output(true, true);

    output.result("a\u001b[2Kb");
    output.info("c\u0007");
    output.detail("d\u009be");
    output.error("f\rg");
    output.raw("h\u007f\n");
    output.progress().step(1, 2, "pulled \u001b]0;title\u0007");

    assertThat(out.toString()).isEqualTo("a\\u001b[2Kb\nc\\u0007\nh\\u007f\n\r\u001b[K[1/2] pulled \\u001b]0;title\\u0007");
    assertThat(err.toString()).isEqualTo("d\\u009be\nf\\u000dg\n");
  }

  @Test
  void keeps_line_feeds_tabs_and_letters_of_every_script_and_escapes_bidirectional_controls() {
    assertThat(TerminalText.escape("déploiement\t漢字\nnext")).isEqualTo("déploiement\t漢字\nnext");
    assertThat(TerminalText.escape("a\u202eb\u2066c\u2028d")).isEqualTo("a\\u202eb\\u2066c\\u2028d");
  }
}

package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every string, however YAML-ambiguous, is written so that reading gives back exactly that string. */
class ScalarQuotingTest {
  private static final List<String> TRICKY = List.of("", " ", "  lead", "trail ", "yes", "Yes", "NO", "on", "Off",
      "y", "n", "~", "null", "Null", "true", "False", "0123", "0x1F", "0o17", "1_000", "1e3", "1.0e+3", ".5", "-5",
      "+1", ".inf", "-.Inf", ".nan", "12:30", "2024-01-01", "2024-01-01T10:00:00Z", "a: b", "a #b", "a#b", "key:",
      "- item", "-", "?", "? x", ":", "#comment", "&anchor", "*alias", "!tag", "!!str", "|", ">", "%YAML", "@at",
      "`tick", "'single'", "\"double\"", "{{variables.x}}", "{a: 1}", "[1, 2]", "a, b", "a [b] {c}", "=", "<<",
      "line\n", "line", "two\nlines", "two\nlines\n", "trailing\n\n", "trailing\n\n\n", "\nleading", "\n\nx",
      "  indented\nnext", "\tTab first\nx", "tab\tinside", "cr\r\nlf", "nul\u0000char", "bell\u0007", "nel\u0085x",
      "ls\u2028x", "bom\uFEFFx", "é unicode ü", "emoji 😀", "---", "...", "--- x",
      "line\n---\nmore", "x\n  y\n", "end with space \n", "only\n \n", "\n", "\n\n", " \n", "#!/bin/sh\necho hi\n",
      "\\backslash", "a\\nb", ".", "..", ". | x", ".actions.\"x\"", "C:\\path", "http://x.y/z?a=1#f");

  @Test
  void tricky_strings_survive_a_yaml_round_trip_as_values_and_keys() {
    for (String s : TRICKY) {
      assertRoundTrip(s);
    }
  }

  @Test
  void random_strings_of_yaml_syntax_characters_survive_a_round_trip() {
    String[] alphabet = {"a", "0", "1", " ", ":", "#", "-", "?", "'", "\"", "\n", "\t", "\\", "{", "}", "[", "]",
        ",", "&", "*", "!", "|", ">", "%", "@", "`", ".", "e", "+", "y", "n", "o", "~", "é", "\r", "😀", "x", "=",
        "<"};
    Random random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(10);
      for (int j = 0; j < length; j++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertRoundTrip(s.toString());
    }
  }

  @Test
  void plain_safe_strings_stay_unquoted_and_multi_line_text_is_a_literal_block() {
    // given
    Workflow workflow = workflow("curl -s https://x.y/{{variables.a}} | jq .");
    Workflow script = workflow("echo one\necho two\n");

    // then
    assertThat(WorkflowYaml.write(workflow)).contains("\n    expression: curl -s https://x.y/{{variables.a}} | jq .\n");
    assertThat(WorkflowYaml.write(script)).contains("\n    expression: |\n      echo one\n      echo two\n  ");
    assertThat(WorkflowYaml.write(workflow("yes"))).contains("expression: \"yes\"\n");
    assertThat(WorkflowYaml.write(workflow("no end"))).contains("expression: no end\n");
    assertThat(WorkflowYaml.write(workflow("a\nb"))).contains("expression: |-\n      a\n      b\n");
    assertThat(WorkflowYaml.write(workflow("a\n\n"))).contains("expression: |+\n      a\n\n");
  }

  private static void assertRoundTrip(String s) {
    Workflow workflow = workflow(s);
    String yaml = WorkflowYaml.write(workflow);
    ReadResult back = WorkflowYaml.read(yaml);
    assertThat(back.workflow()).as("YAML for %s:%n%s", show(s), yaml).isEqualTo(workflow);
    assertThat(WorkflowYaml.write(back.workflow())).isEqualTo(yaml);
    assertThat(WorkflowJson.read(WorkflowJson.write(workflow)).workflow()).as("JSON for %s", show(s))
        .isEqualTo(workflow);
  }

  private static Workflow workflow(String s) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.builder().slug("a").name(s).isRootAction(true)
        .schema(dev.cortexflow.model.block.Jq.of(s)).build());
    blocks.add(Block.builder().slug("b").name("b")
        .schema(AdvancedHttpRequest.builder().actionIdentifier("x.y")
            .inputs(Map.of(s, JsonValue.of(s), "list", JsonValue.array(List.of(JsonValue.of(s))))).build())
        .build());
    return Workflow.builder().name(s).tag("t").description(s).filter(GlobalFilter.of()).actions(blocks)
        .putExtension(s.isEmpty() ? "empty" : s, JsonValue.of(s)).build();
  }

  private static String show(String s) {
    return "'" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
  }
}

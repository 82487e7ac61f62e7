package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile input fails fast with one clear line naming the source, the position and the fix. */
class HostileInputTest {

  @Test
  void rejects_duplicate_keys() {
    assertFails("name: a\nname: b\n",
        "deploy.yaml:2:1: duplicate key 'name'; remove one of them (Cortex rejects duplicate fields)");
  }

  @Test
  void rejects_duplicate_keys_in_json() {
    assertThatThrownBy(() -> WorkflowReader.read("{\"a\": 1, \"a\": 2}", "deploy.json"))
        .isInstanceOf(WorkflowYamlException.class)
        .hasMessage("deploy.json:1:10: duplicate key 'a'; remove one of them (Cortex rejects duplicate fields)");
  }

  @Test
  void rejects_recursive_aliases() {
    assertFails("a: &a [*a]\n",
        "deploy.yaml:1:8: recursive alias '*a' refers to a value that contains it; remove the alias");
  }

  @Test
  void rejects_alias_bombs() {
    // given: nine levels of nine aliases each, about 387 million values when expanded
    StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "*l" + (i - 1);
      bomb.append("l").append(i).append(": &l").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
    }

    assertFails(bomb.toString(), "deploy.yaml:6:10: aliases expand to more than 100000 values (an alias bomb?); "
        + "write the values out instead of using '*' aliases");
  }

  @Test
  void rejects_too_many_aliases() {
    StringBuilder many = new StringBuilder("a: &a {k: v}\nb: [");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ", ").append("*a");
    }
    assertFails(many.append("]\n").toString(),
        "deploy.yaml:2:405: more than 100 aliases; write the values out instead of using '*' aliases");
  }

  @Test
  void rejects_aliases_to_unknown_anchors() {
    assertFails("a: *nope\n", "deploy.yaml:1:4: alias '*nope' names no anchored mapping or list before it; "
        + "write the value out (aliases of single values are not supported)");
  }

  @Test
  void rejects_deep_nesting() {
    assertFails("a: " + "[".repeat(150) + "]".repeat(150) + "\n",
        "deploy.yaml:1:104: nesting is deeper than 100 levels; flatten the data (descriptors need far less)");
  }

  @Test
  void rejects_python_tags() {
    assertFails("a: !!python/object:os.system x\n", "deploy.yaml:1:4: the tag '!!python/object:os.system' is not "
        + "allowed; remove it (descriptors are plain data)");
  }

  @Test
  void rejects_custom_tags() {
    assertFails("name: !custom x\n",
        "deploy.yaml:1:7: the tag '!custom' is not allowed; remove it (descriptors are plain data)");
  }

  @Test
  void accepts_core_schema_tags() {
    assertThat(WorkflowReader.read("name: !!str 12\n", "deploy.yaml").workflow().name())
        .isEqualTo("12");
  }

  @Test
  void rejects_oversized_text_before_parsing_it() {
    assertThatThrownBy(() -> WorkflowReader.read("name: x\n", "deploy.yaml", ReadOptions.defaults().withMaxBytes(7)))
        .hasMessage("deploy.yaml: the input is larger than the limit of 7 bytes; split the workflow or raise "
            + "ReadOptions.maxBytes");
    assertThatThrownBy(() -> WorkflowReader.read("name: é\n", "deploy.yaml", ReadOptions.defaults().withMaxBytes(8)))
        .hasMessageContaining("larger than the limit of 8 bytes");
  }

  @Test
  void rejects_oversized_files_with_the_default_limit_of_5_mb(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.write(file, new byte[5 * 1024 * 1024 + 1]);

    assertThatThrownBy(() -> WorkflowReader.read(file)).isInstanceOf(WorkflowYamlException.class)
        .hasMessage(file + ": the input is larger than the limit of 5242880 bytes; split the workflow or raise "
            + "ReadOptions.maxBytes");
  }

  @Test
  void rejects_invalid_utf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

    assertThatThrownBy(() -> WorkflowReader.read(file))
        .hasMessage(file + ": not valid UTF-8 at byte 3; save the file as UTF-8");
  }

  @Test
  void rejects_a_top_level_value_that_is_not_a_mapping() {
    assertFails("- 1\n- 2\n", "deploy.yaml:1:1: the top-level value is an array, not a mapping; a workflow "
        + "descriptor is a mapping of keys such as 'name', 'tag' and 'actions'");
    assertFails("just some text", "deploy.yaml:1:1: the top-level value is a string, not a mapping; a workflow "
        + "descriptor is a mapping of keys such as 'name', 'tag' and 'actions'");
  }

  @Test
  void rejects_empty_input_and_several_documents() {
    assertFails("", "deploy.yaml: the document is empty; write a workflow mapping such as 'name: ...'");
    assertFails("# only a comment\n", "deploy.yaml: the document is empty; write a workflow mapping such as "
        + "'name: ...'");
    assertFails("a: 1\n---\nb: 2\n", "deploy.yaml:3:1: the file holds more than one document; keep one workflow "
        + "per file");
  }

  @Test
  void rejects_malformed_yaml_and_json_without_a_stack_trace() {
    assertFails("name: x\n  bad: y\n",
        "deploy.yaml:2:6: not valid YAML: mapping values are not allowed here; fix the YAML syntax there");
    assertFails("a: \u0000\n",
        "deploy.yaml:1:1: not valid YAML: special characters are not allowed; fix the YAML syntax there");
    assertThatThrownBy(() -> WorkflowJson.read("{\"a\": 1 \"b\": 2}", "deploy.json", ReadOptions.defaults()))
        .hasMessage("deploy.json:1:9: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma "
            + "to separate Object entries; fix the JSON syntax there")
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void rejects_non_finite_numbers() {
    assertFails("a: .inf\n", "deploy.yaml:1:4: the number '.inf' has no JSON form; quote it if it is text");
  }

  private static void assertFails(String text, String message) {
    assertThatThrownBy(() -> WorkflowReader.read(text, "deploy.yaml"))
        .isInstanceOf(WorkflowYamlException.class)
        .hasMessage(message);
  }
}

package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the reader turns input into text (size limit in UTF-8 bytes, strict UTF-8, no byte order mark) and chooses
 * the syntax: by the source's extension in any case, else JSON when the text starts with a bracket and parses as
 * JSON, else YAML.
 */
class SourceFormatTest {

  /** A flow mapping that is YAML but not JSON (unquoted keys). */
  private static final String FLOW_YAML = "{name: W, tag: w}";

  private static String nameOf(ReadResult result) {
    return result.workflow().name();
  }

  private static ReadOptions limit(long bytes) {
    return ReadOptions.defaults().withMaxBytes(bytes);
  }

  @Test
  void a_json_extension_in_any_case_reads_json_only() {
    assertThatThrownBy(() -> WorkflowReader.read(FLOW_YAML, "FLOW.JSON"))
        .isInstanceOf(WorkflowYamlException.class)
        .hasMessage("FLOW.JSON:1:2: not valid JSON: Unexpected character ('n' (code 110)): was expecting "
            + "double-quote to start field name; fix the JSON syntax there");
  }

  @Test
  void a_yaml_or_yml_extension_in_any_case_reads_yaml_even_when_the_text_starts_with_a_brace() {
    assertThat(nameOf(WorkflowReader.read(FLOW_YAML, "flow.yml"))).isEqualTo("W");
    assertThat(nameOf(WorkflowReader.read(FLOW_YAML, "Flow.YAML"))).isEqualTo("W");
    assertThatThrownBy(() -> WorkflowReader.read("{\"a\": 1 \"b\": 2}", "flow.yaml"))
        .hasMessageStartingWith("flow.yaml:").hasMessageContaining(": not valid YAML: ");
  }

  @Test
  void without_an_extension_text_that_starts_with_a_brace_is_json_when_it_parses_as_json() {
    assertThat(nameOf(WorkflowReader.read(" \n {\"name\": \"J\"}", "stdin"))).isEqualTo("J");
    assertThatThrownBy(() -> WorkflowReader.read("{\"name\": \"J\", \"name\": \"K\"}", "stdin"))
        .hasMessage("stdin:1:15: duplicate key 'name'; remove one of them (Cortex rejects duplicate fields)");
  }

  @Test
  void without_an_extension_text_that_starts_with_a_brace_but_is_not_json_is_read_as_yaml() {
    assertThat(nameOf(WorkflowReader.read(FLOW_YAML, "stdin"))).isEqualTo("W");
  }

  @Test
  void without_an_extension_text_that_is_neither_json_nor_yaml_is_reported_as_json() {
    assertThatThrownBy(() -> WorkflowReader.read("  {\"a\": 1 \"b\": 2}", "stdin"))
        .isInstanceOf(WorkflowYamlException.class)
        .hasMessage("stdin:1:11: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to "
            + "separate Object entries; fix the JSON syntax there");
    assertThatThrownBy(() -> WorkflowReader.read("[1, 2]", "stdin"))
        .hasMessage("stdin:1:1: the top-level value is an array, not a mapping; a workflow descriptor is a mapping"
            + " of keys such as 'name', 'tag' and 'actions'");
  }

  @Test
  void without_an_extension_other_text_is_yaml() {
    assertThat(nameOf(WorkflowReader.read("name: Y\n", "stdin"))).isEqualTo("Y");
  }

  @Test
  void the_size_limit_counts_utf8_bytes_and_admits_exactly_the_limit() {
    String ascii = "name: x\n"; // 8 bytes
    String twoByte = "name: é\n"; // 9 bytes in 8 chars
    String threeByte = "name: €\n"; // 10 bytes
    String fourByte = "name: 😀\n"; // 11 bytes in 9 chars (a surrogate pair)

    assertThat(nameOf(WorkflowReader.read(ascii, "a.yaml", limit(8)))).isEqualTo("x");
    assertThat(nameOf(WorkflowReader.read(twoByte, "a.yaml", limit(9)))).isEqualTo("é");
    assertThat(nameOf(WorkflowReader.read(threeByte, "a.yaml", limit(10)))).isEqualTo("€");
    assertThat(nameOf(WorkflowReader.read(fourByte, "a.yaml", limit(11)))).isEqualTo("😀");
    assertThatThrownBy(() -> WorkflowReader.read(twoByte, "a.yaml", limit(8)))
        .hasMessage("a.yaml: the input is larger than the limit of 8 bytes; split the workflow or raise "
            + "ReadOptions.maxBytes");
    assertThatThrownBy(() -> WorkflowReader.read(threeByte, "a.yaml", limit(9)))
        .hasMessageContaining("larger than the limit of 9 bytes");
    assertThatThrownBy(() -> WorkflowReader.read(fourByte, "a.yaml", limit(10)))
        .hasMessageContaining("larger than the limit of 10 bytes");
  }

  @Test
  void text_far_below_the_limit_in_bytes_is_not_counted_but_read() {
    String text = "name: " + "é".repeat(1000) + "\n";

    assertThat(nameOf(WorkflowReader.read(text, "a.yaml", limit(text.length() * 3L + 1)))).hasSize(1000);
    assertThat(nameOf(WorkflowReader.read(text, "a.yaml", limit(2007)))).hasSize(1000);
    assertThatThrownBy(() -> WorkflowReader.read(text, "a.yaml", limit(2006)))
        .hasMessageContaining("larger than the limit of 2006 bytes");
  }

  @Test
  void a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("w.yaml");
    Files.writeString(file, "name: x\n");

    assertThat(nameOf(WorkflowReader.read(file, limit(8)))).isEqualTo("x");
    assertThatThrownBy(() -> WorkflowReader.read(file, limit(7)))
        .hasMessage(file + ": the input is larger than the limit of 7 bytes; split the workflow or raise "
            + "ReadOptions.maxBytes");
  }

  @Test
  void a_byte_order_mark_at_the_start_of_a_file_is_dropped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("w.json");
    byte[] json = "{\"name\": \"B\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[json.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bytes, 3, json.length);
    Files.write(file, bytes);

    assertThat(nameOf(WorkflowReader.read(file))).isEqualTo("B");
  }

  @Test
  void a_missing_file_and_a_folder_are_refused_with_the_path(@TempDir Path dir) {
    Path missing = dir.resolve("absent.yaml");

    assertThatThrownBy(() -> WorkflowReader.read(missing)).isInstanceOf(WorkflowYamlException.class)
        .hasMessage(missing + ": no such file; check the path");
    assertThatThrownBy(() -> WorkflowReader.read(dir)).isInstanceOf(WorkflowYamlException.class)
        .hasMessage(dir + ": cannot read the file (IOException)");
  }

  @Test
  void source_lines_stop_at_the_nearest_value_the_text_holds() {
    SourceLines lines = SourceLines.of("name: W\nactions:\n- name: A\n  slug: a\n  schema:\n    x~y: 1\n",
        "w.yaml");

    assertThat(lines.lineOf("/actions/0/schema/x~0y")).isEqualTo(6);
    assertThat(lines.lineOf("/actions/0/slug/deeper")).isEqualTo(4);
    assertThat(lines.lineOf("/actions/first/slug")).isEqualTo(3);
    assertThat(lines.lineOf("/actions/99999999999/slug")).isEqualTo(3);
  }
}

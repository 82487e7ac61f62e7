package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

  private static final String YAML = """
      name: Deploy
      tag: deploy
      filter:
        type: GLOBAL
      actions:
      - name: Ask
        slug: ask
        schema:
          type: JQ
          expression: .
          headers:
            a/b: x
        outgoingActions:
        - notfy
        isRootAction: true
      """;

  @Test
  void gives_the_line_of_the_value_a_pointer_names() {
    SourceLines lines = SourceLines.of(YAML, "deploy.yaml");

    assertThat(lines.lineOf("/tag")).isEqualTo(2);
    assertThat(lines.lineOf("/actions/0/slug")).isEqualTo(7);
    assertThat(lines.lineOf("/actions/0/outgoingActions/0")).isEqualTo(14);
    assertThat(lines.lineOf("/actions/0/schema/headers/a~1b")).isEqualTo(12);
  }

  @Test
  void gives_the_nearest_ancestor_for_what_the_text_omits() {
    SourceLines lines = SourceLines.of(YAML, "deploy.yaml");

    assertThat(lines.lineOf("/actions/0/schema/url")).isEqualTo(9);
    assertThat(lines.lineOf("/actions/3/slug")).isEqualTo(6);
    assertThat(lines.lineOf("/variables")).isEqualTo(1);
    assertThat(lines.lineOf("")).isEqualTo(1);
  }

  @Test
  void reads_json_by_the_file_name() {
    SourceLines lines = SourceLines.of("{\n  \"name\": \"x\",\n  \"actions\": [\n    {\"slug\": \"a\"}\n  ]\n}\n",
        "flow.json");

    assertThat(lines.lineOf("/actions/0/slug")).isEqualTo(4);
  }

  @Test
  void refuses_hostile_text_as_the_reader_does() {
    assertThatThrownBy(() -> SourceLines.of("a: 1\na: 2\n", "twice.yaml"))
        .isInstanceOf(WorkflowYamlException.class).hasMessageContaining("duplicate key 'a'");
  }
}

package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
  @Test
  void indexes_yaml_values_and_blocks() {
    String yaml = "name: A\n"
        + "actions:\n"
        + "  - slug: a\n"
        + "    schema:\n"
        + "      type: JQ\n"
        + "  - slug: b\n"
        + "tag: t\n";

    LineIndex index = LineIndex.of(yaml, Codec.yaml());

    assertThat(index.find("/name")).contains(new LineIndex.Lines(1, 1));
    assertThat(index.find("/actions/0/schema/type")).contains(new LineIndex.Lines(5, 5));
    assertThat(index.find("/actions/0")).contains(new LineIndex.Lines(3, 5));
    assertThat(index.find("/actions")).contains(new LineIndex.Lines(3, 6));
    assertThat(index.find("/tag")).contains(new LineIndex.Lines(7, 7));
  }

  @Test
  void indexes_json_and_falls_back_to_the_nearest_ancestor() {
    String json = "{\n  \"actions\": [\n    {\"slug\": \"a\"}\n  ]\n}\n";

    LineIndex index = LineIndex.of(json, Codec.json());

    assertThat(index.find("/actions")).contains(new LineIndex.Lines(2, 4));
    assertThat(index.find("/actions/0/schema/type")).contains(new LineIndex.Lines(3, 3));
    assertThat(index.find("")).contains(new LineIndex.Lines(1, 5));
  }

  @Test
  void an_unparsable_text_has_no_lines() {
    assertThat(LineIndex.of("{", Codec.json()).find("/x")).isEmpty();
  }
}

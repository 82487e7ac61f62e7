package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private static final JsonNode STATE;

  static {
    try {
      STATE = new ObjectMapper().readTree(
          "{\"variables\":{\"app-name\":\"a<b>&'\\\"\",\"n\":2,\"obj\":{\"k\":1}},"
              + "\"actions\":{\"get-x\":{\"outputs\":{\"body\":\"B\"}}},\"context\":{\"roles\":[\"r\"]}}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void double_braces_escape_html() {
    assertThat(Templates.render("x={{variables.app-name}}", STATE)).isEqualTo("x=a&lt;b&gt;&amp;&#39;&quot;");
  }

  @Test
  void triple_braces_and_ampersand_are_raw() {
    assertThat(Templates.render("{{{variables.app-name}}}|{{& variables.app-name}}", STATE))
        .isEqualTo("a<b>&'\"|a<b>&'\"");
  }

  @Test
  void numbers_and_objects_render_as_json_and_missing_as_nothing() {
    assertThat(Templates.render("{{variables.n}} {{{variables.obj}}} [{{variables.nope}}] {{ actions.get-x.outputs.body }}", STATE))
        .isEqualTo("2 {\"k\":1} [] B");
  }

  @Test
  void sections_stay_as_written() {
    String template = "{{#context.roles}}{{.}}{{/context.roles}}{{^x}}no{{/x}}{{! note }}";

    assertThat(Templates.render(template, STATE)).isEqualTo(template);
  }

  @Test
  void render_all_renders_nested_strings_only() throws Exception {
    JsonNode node = new ObjectMapper().readTree("{\"a\":[\"{{variables.n}}\",1,true],\"b\":{\"c\":\"{{variables.n}}\"}}");

    assertThat(Templates.renderAll(node, STATE).toString()).isEqualTo("{\"a\":[\"2\",1,true],\"b\":{\"c\":\"2\"}}");
  }
}

package dev.cortexflow.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.expr.Template;
import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPayloadTest {

  @Test
  void writes_literals_quoted_references_bare_references_and_nested_objects_in_order() {
    // when
    Template t = new JsonPayload()
        .put("name", "deploy \"x\"")
        .put("id", Expr.action("start").field("id"))
        .putJson("count", Expr.variable("count"))
        .put("nested", new JsonPayload().put("on", true).put("tags", List.of("a", "b")))
        .toTemplate();

    // then
    assertThat(t.toString()).isEqualTo("{\"name\":\"deploy \\\"x\\\"\",\"id\":\"{{{actions.start.outputs.id}}}\","
        + "\"count\":{{{variables.count}}},\"nested\":{\"on\":true,\"tags\":[\"a\",\"b\"]}}");
    assertThat(t.refs()).extracting(Ref::path).containsExactly("actions.start.outputs.id", "variables.count");
  }

  @Test
  void keeps_empty_objects_and_literal_braces_as_text_not_placeholders() {
    // when
    Template t = new JsonPayload().put("empty", new JsonPayload()).put("literal", "{}")
        .put("object", JsonValue.object(Map.of())).toTemplate();

    // then
    assertThat(t.toString()).isEqualTo("{\"empty\":{},\"literal\":\"{}\",\"object\":{}}");
    assertThat(new JsonPayload().toTemplate().toString()).isEqualTo("{}");
  }

  @Test
  void refuses_a_member_set_twice() {
    assertThatThrownBy(() -> new JsonPayload().put("a", 1).put("a", Expr.variable("a")))
        .hasMessage("payload member 'a' is already set");
  }
}

package dev.cortexflow.expr;

import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.jqTemplate;
import static dev.cortexflow.expr.Expr.jsTemplate;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedTemplateTest {

  private final Ref topic = action("user-input").field("topic");
  private final Var<String> env = Var.string("target-env");

  @Test
  void doubled_braces_write_a_literal_empty_object_in_a_json_payload() {
    Template payload = rawTemplate("{\"tags\": {{}}, \"id\": \"{}\", \"meta\": {\"a\": 1}}", topic);

    assertThat(payload).hasToString(
        "{\"tags\": {}, \"id\": \"{{{actions.user-input.outputs.topic}}}\", \"meta\": {\"a\": 1}}");
    assertThat(payload.refs()).containsExactly(topic);
  }

  @Test
  void doubled_braces_are_literal_in_escaped_templates_too_and_are_no_placeholders() {
    assertThat(template("{{}} and {}", env)).hasToString("{} and {{variables.target-env}}");
    assertThatThrownBy(() -> template("{{}}", env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{{}}' has 0 placeholders '{}' but 1 references were given");
  }

  @Test
  void escape_doubles_every_empty_pair_of_braces_so_the_text_renders_back() {
    String text = "{\"a\": {}, \"b\": [{}], \"c\": \"{{x}}\"}";

    assertThat(Template.escape(text)).isEqualTo("{\"a\": {{}}, \"b\": [{{}}], \"c\": \"{{x}}\"}");
    assertThat(template(Template.escape(text))).hasToString(text);
    assertThat(template(Template.escape("{{}}"))).hasToString("{{}}");
  }

  @Test
  void jq_templates_render_references_as_jq_paths() {
    Template program = jqTemplate("{} | ascii_downcase", topic);

    assertThat(program).hasToString(".actions.\"user-input\".outputs.topic | ascii_downcase");
    assertThat(program.blockSlugs()).containsExactly("user-input");
  }

  @Test
  void jq_templates_keep_object_construction_and_literal_empty_objects() {
    assertThat(jqTemplate("{env: {}, extra: {{}}}", env))
        .hasToString("{env: .variables.\"target-env\", extra: {}}");
  }

  @Test
  void javascript_templates_render_references_as_script_expressions() {
    Template script = jsTemplate("const t = {};\nreturn {{}} || { t, by: {} };", topic, context().initiatedBy().email());

    assertThat(script).hasToString("const t = actions[\"user-input\"].outputs.topic;\n"
        + "return {} || { t, by: context.initiatedBy.email };");
    assertThat(script.refs()).containsExactly(topic, context().initiatedBy().email());
    assertThat(script.blockSlugs()).containsExactly("user-input");
  }

  @Test
  void cel_templates_render_references_in_cel_and_remember_them() {
    Condition c = Cel.template("size({}) > 0 && {} != \"prod\"", topic, env);

    assertThat(c.expression()).isEqualTo("size(actions[\"user-input\"].outputs.topic) > 0"
        + " && variables[\"target-env\"] != \"prod\"");
    assertThat(c.refs()).containsExactly(topic, env.ref());
    assertThat(c.blockSlugs()).containsExactly("user-input");
    assertThat(Cel.isTrue(action("gate").field("ok")).or(c).expression())
        .isEqualTo("actions[\"gate\"].outputs.ok == true || (" + c.expression() + ")");
  }

  @Test
  void built_conditions_remember_the_references_they_compare() {
    Condition c = Cel.and(Cel.eq(topic, env), Cel.not(Cel.isTrue(action("gate").field("ok"))), Cel.raw("true"));

    assertThat(c.refs()).containsExactly(topic, env.ref(), action("gate").field("ok"));
    assertThat(c.blockSlugs()).containsExactly("user-input", "gate");
  }

  @Test
  void typed_templates_reject_a_wrong_number_of_references_or_a_blank_condition() {
    assertThatThrownBy(() -> jqTemplate("{} | {}", topic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{} | {}' has 2 placeholders '{}' but 1 references were given");
    assertThatThrownBy(() -> Cel.template(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expression is blank: give a CEL condition such as 'variables.x == 1'");
  }
}

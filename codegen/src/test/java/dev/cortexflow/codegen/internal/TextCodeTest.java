package dev.cortexflow.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.codegen.internal.TextCode.Syntax;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCodeTest {

  private final Emission emission = new Emission(Optional.empty());
  private final TextCode texts = new TextCode(emission,
      new RefResolver(emission, Map.of("environment", "environment"), Map.of("environment", "string")).withHandle("ask", "ask"));

  private String code(String text, Syntax syntax) {
    // argument lists wrap by length; the tests pin the code, not the line breaks
    return texts.code(text, syntax).toString().replaceAll(",\n\\s*", ", ").replaceAll("\\(\n\\s*", "(");
  }

  @Test
  void mustache_block_outputs_become_handle_outputs_in_a_template() {
    assertThat(code("Deployed {{actions.ask.outputs.version}} now", Syntax.MUSTACHE))
        .isEqualTo("dev.cortexflow.expr.Expr.template(\"Deployed {} now\", ask.output(\"version\"))");
  }

  @Test
  void a_method_called_on_a_reference_in_cel_or_javascript_stays_code_after_the_reference() {
    assertThat(code("actions[\"ask\"].outputs.name.startsWith(\"a\")", Syntax.CEL))
        .isEqualTo("ask.output(\"name\").cel() + \".startsWith(\\\"a\\\")\"");
    assertThat(code("return variables.environment.toUpperCase();", Syntax.JS))
        .isEqualTo("dev.cortexflow.expr.Expr.jsTemplate(\"return {}.toUpperCase();\", environment)");
  }

  @Test
  void mustache_outputs_of_blocks_without_handle_use_action() {
    assertThat(code("{{{actions.get-user.outputs.body.email}}}!", Syntax.MUSTACHE))
        .isEqualTo("dev.cortexflow.expr.Expr.rawTemplate(\"{}!\","
            + " dev.cortexflow.expr.Expr.action(\"get-user\").field(\"body\").field(\"email\"))");
  }

  @Test
  void a_whole_mustache_reference_renders_with_mustache() {
    assertThat(code("{{variables.environment}}", Syntax.MUSTACHE)).isEqualTo("environment.ref().mustache()");
    assertThat(code("{{{variables.other}}}", Syntax.MUSTACHE))
        .isEqualTo("dev.cortexflow.expr.Expr.variable(\"other\").mustacheRaw()");
  }

  @Test
  void mustache_context_references_use_context_members() {
    assertThat(code("by {{context.initiatedBy.email}} on {{context.entity.tag}} with {{context.secrets.token}}",
        Syntax.MUSTACHE)).isEqualTo("dev.cortexflow.expr.Expr.template(\"by {} on {} with {}\","
            + " dev.cortexflow.expr.Expr.context().initiatedBy().email(),"
            + " dev.cortexflow.expr.Expr.context().entity().tag(), dev.cortexflow.expr.Expr.secretRef(\"token\"))");
  }

  @Test
  void raw_tags_among_escaped_ones_are_marked_raw_in_one_template() {
    assertThat(code("{{variables.environment}}-{{{callbackUrl}}}", Syntax.MUSTACHE))
        .isEqualTo("dev.cortexflow.expr.Expr.template(\"{}-{}\", environment,"
            + " raw(dev.cortexflow.expr.Expr.callbackUrl()))");
    assertThat(emission.staticImports()).contains(java.util.List.of("dev.cortexflow.expr.Expr", "raw"));
  }

  @Test
  void literal_empty_braces_are_doubled_in_template_patterns() {
    assertThat(code("{\"a\": {}, \"b\": \"{{variables.environment}}\"}", Syntax.MUSTACHE))
        .isEqualTo("dev.cortexflow.expr.Expr.template(\"{\\\"a\\\": {{}}, \\\"b\\\": \\\"{}\\\"}\", environment)");
  }

  @Test
  void braces_that_would_pair_up_with_a_placeholder_are_joined_instead() {
    assertThat(code("{.variables.environment}", Syntax.JQ))
        .isEqualTo("\"{\" + environment.ref().jq() + \"}\"");
  }

  @Test
  void text_that_no_reference_renders_to_stays_literal() {
    assertThat(code("{{ variables.environment }} {{#context.roles}}x{{/context.roles}} {{&context.secrets.a}}",
        Syntax.MUSTACHE)).isEqualTo(
            "\"{{ variables.environment }} {{#context.roles}}x{{/context.roles}} {{&context.secrets.a}}\"");
  }

  @Test
  void jq_paths_become_jq_renderings() {
    assertThat(code(".actions.\"ask\".outputs.topic | ascii_downcase", Syntax.JQ))
        .isEqualTo("dev.cortexflow.expr.Expr.jqTemplate(\"{} | ascii_downcase\", ask.output(\"topic\"))");
    assertThat(code("{a: {}, b: .variables.environment}", Syntax.JQ))
        .isEqualTo("dev.cortexflow.expr.Expr.jqTemplate(\"{a: {{}}, b: {}}\", environment)");
    assertThat(code(".variables.\"environment\"", Syntax.JQ)).isEqualTo("\".variables.\\\"environment\\\"\"");
    assertThat(code(".actions.ask.outputs", Syntax.JQ)).isEqualTo("\".actions.ask.outputs\"");
  }

  @Test
  void cel_conditions_with_references_become_cel_templates() {
    assertThat(texts.celTemplate("actions[\"ask\"].outputs.publish == true && size(variables.environment) > 0")
        .orElseThrow().toString()).isEqualTo("dev.cortexflow.expr.Cel.template("
            + "\"{} == true && size({}) > 0\", ask.output(\"publish\"), environment)");
    assertThat(texts.celTemplate("size(x) > 0")).isEmpty();
  }

  @Test
  void cel_paths_become_cel_renderings() {
    assertThat(code("actions[\"ask\"].outputs.publish == true && size(variables.environment) > 0", Syntax.CEL))
        .isEqualTo("ask.output(\"publish\").cel() + \" == true && size(\" + environment.ref().cel() + \") > 0\"");
  }

  @Test
  void javascript_paths_become_js_templates_in_text_blocks() {
    assertThat(code("const v = actions[\"ask\"].outputs[\"the-version\"];\nreturn { v: v + '%' } || {};", Syntax.JS))
        .isEqualTo("dev.cortexflow.expr.Expr.jsTemplate(\"\"\"\nconst v = {};\nreturn { v: v + '%' } || {{}};\\\n\"\"\", "
            + "ask.output(\"the-version\"))");
  }

  @Test
  void state_paths_resolve_as_a_whole() {
    assertThat(texts.path("actions.ask.outputs.result.owner").orElseThrow().ref().toString())
        .isEqualTo("ask.output(\"result\").field(\"owner\")");
    assertThat(texts.path("variables.environment").orElseThrow().hasRef().toString()).isEqualTo("environment");
    assertThat(texts.path("context.entity.descriptor.info.title").orElseThrow().ref().toString())
        .isEqualTo("dev.cortexflow.expr.Expr.context().entity().descriptor(\"info\", \"title\")");
    assertThat(texts.path("actions.ask.inputs.x")).isEmpty();
  }
}

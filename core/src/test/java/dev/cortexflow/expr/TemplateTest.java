package dev.cortexflow.expr;

import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static dev.cortexflow.expr.Expr.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void mixes_text_and_escaped_mustache_references() {
    Var<String> env = Var.string("environment");

    Template t = template("Deployed {} to {}", action("choose").field("version"), env);

    assertThat(t).hasToString("Deployed {{actions.choose.outputs.version}} to {{variables.environment}}");
    assertThat(t.refs()).containsExactly(action("choose").field("version"), env.ref());
    assertThat(t.blockSlugs()).containsExactly("choose");
  }

  @Test
  void raw_template_uses_triple_braces() {
    assertThat(rawTemplate("Bearer {}", secretRef("cortex-api-key")))
        .hasToString("Bearer {{{context.secrets.cortex-api-key}}}");
  }

  @Test
  void raw_marks_one_reference_of_an_escaped_template_unescaped() {
    Var<String> env = Var.string("environment");

    Template t = template("{} at {}", env, Expr.raw(action("deploy").field("url")));

    assertThat(t).hasToString("{{variables.environment}} at {{{actions.deploy.outputs.url}}}");
    assertThat(t.refs()).containsExactly(env.ref(), action("deploy").field("url"));
    assertThat(rawTemplate("{}", Expr.raw(env))).hasToString("{{{variables.environment}}}");
  }

  @Test
  void raw_is_refused_in_a_jq_template_with_the_reason() {
    assertThatThrownBy(() -> Expr.jqTemplate("{} | length", Expr.raw(action("deploy"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw(actions.deploy.outputs) marks a reference of a Mustache template; jq, JavaScript and CEL"
            + " have no unescaped form: pass the reference itself");
  }

  @Test
  void is_a_char_sequence_of_its_rendering() {
    Template t = template("x{}", action("a"));

    assertThat(t.length()).isEqualTo("x{{actions.a.outputs}}".length());
    assertThat(t.charAt(0)).isEqualTo('x');
    assertThat(t.subSequence(0, 3)).hasToString("x{{");
  }

  @Test
  void rejects_fewer_references_than_placeholders() {
    assertThatThrownBy(() -> template("{} and {}", action("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{} and {}' has 2 placeholders '{}' but 1 references were given");
  }

  @Test
  void rejects_more_references_than_placeholders() {
    assertThatThrownBy(() -> template("only {}", action("a"), action("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template 'only {}' has 1 placeholders '{}' but 2 references were given");
  }
}

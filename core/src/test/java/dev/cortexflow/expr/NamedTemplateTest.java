package dev.cortexflow.expr;

import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.jqTemplate;
import static dev.cortexflow.expr.Expr.jsTemplate;
import static dev.cortexflow.expr.Expr.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named placeholders fill scripts and jq programs and leave the language's own braces alone. */
class NamedTemplateTest {

  private final Ref version = action("ask").field("version");
  private final Var<String> env = Var.string("target-env");

  @Test
  void a_script_keeps_its_braces_and_gets_each_named_reference_in_script_syntax() {
    Template script = jsTemplate("const o = {}; if (#{env}) { o.v = #{version}; o.w = #{version}; } return o;",
        Map.of("version", version, "env", env));

    assertThat(script).hasToString("const o = {}; if (variables[\"target-env\"]) { o.v = actions[\"ask\"].outputs"
        + ".version; o.w = actions[\"ask\"].outputs.version; } return o;");
    assertThat(script.refs()).containsExactly(env.ref(), version, version);
  }

  @Test
  void a_jq_program_keeps_its_braces_and_empty_objects_and_gets_jq_paths() {
    Template program = jqTemplate("{v: #{version}, meta: {}, tags: [{}]}", Map.of("version", version));

    assertThat(program).hasToString("{v: .actions.\"ask\".outputs.version, meta: {}, tags: [{}]}");
  }

  @Test
  void braces_and_hashes_that_name_nothing_stay_as_written() {
    assertThat(jsTemplate("const s = `#{`; const t = #{ x }; return {};", Map.of()))
        .hasToString("const s = `#{`; const t = #{ x }; return {};");
  }

  @Test
  void a_placeholder_without_a_reference_names_it_and_the_given_names() {
    assertThatThrownBy(() -> jsTemplate("return #{verison};", Map.of("version", version)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("script template 'return #{verison};' has the placeholder #{verison}, but no reference of "
            + "that name was given (given: version): add \"verison\" to the map or correct the placeholder");
  }

  @Test
  void a_reference_without_a_placeholder_is_refused_naming_it() {
    assertThatThrownBy(() -> jqTemplate(".", Map.of("version", version, "env", env)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jq template '.' has no placeholder for env, version: write #{env} where the reference "
            + "belongs, or drop it");
  }

  @Test
  void a_raw_mustache_reference_is_refused_in_a_script() {
    assertThatThrownBy(() -> jsTemplate("return #{v};", Map.of("v", raw(version))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw(actions.ask.outputs.version) marks a reference of a Mustache template; jq, JavaScript "
            + "and CEL have no unescaped form: pass the reference itself");
  }
}

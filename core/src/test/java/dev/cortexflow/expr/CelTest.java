package dev.cortexflow.expr;

import static dev.cortexflow.expr.Expr.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CelTest {

  private final Var<String> owner = Var.string("github-owner");
  private final Var<String> repo = Var.string("repo-name");

  @Test
  void compares_with_quoted_string_literals() {
    assertThat(Cel.eq(owner, "").expression()).isEqualTo("variables[\"github-owner\"] == \"\"");
    assertThat(Cel.ne(owner, "say \"hi\" \\ bye").expression())
        .isEqualTo("variables[\"github-owner\"] != \"say \\\"hi\\\" \\\\ bye\"");
  }

  @Test
  void writes_number_boolean_and_reference_operands_bare() {
    assertThat(Cel.eq(action("user-input").field("publish"), true).expression())
        .isEqualTo("actions[\"user-input\"].outputs.publish == true");
    assertThat(Cel.gt(action("scan").field("count"), 3).expression())
        .isEqualTo("actions[\"scan\"].outputs.count > 3");
    assertThat(Cel.lt(action("scan").field("ratio"), new BigDecimal("0.50")).expression())
        .isEqualTo("actions[\"scan\"].outputs.ratio < 0.50");
    assertThat(Cel.lt(action("scan").field("ratio"), 0.5d).expression())
        .isEqualTo("actions[\"scan\"].outputs.ratio < 0.5");
    assertThat(Cel.eq(owner, repo).expression()).isEqualTo("variables[\"github-owner\"] == variables[\"repo-name\"]");
  }

  @Test
  void combines_conditions_like_real_branch_expressions() {
    assertThat(Cel.or(Cel.eq(owner, ""), Cel.eq(repo, "")).expression())
        .isEqualTo("variables[\"github-owner\"] == \"\" || variables[\"repo-name\"] == \"\"");
    assertThat(Cel.eq(owner, "").and(Cel.ne(repo, "")).expression())
        .isEqualTo("variables[\"github-owner\"] == \"\" && variables[\"repo-name\"] != \"\"");
  }

  @Test
  void parenthesises_compound_operands() {
    Condition either = Cel.or(Cel.eq(owner, "a"), Cel.eq(owner, "b"));

    assertThat(Cel.and(either, Cel.isTrue(Var.bool("ok"))).expression())
        .isEqualTo("(variables[\"github-owner\"] == \"a\" || variables[\"github-owner\"] == \"b\")"
            + " && variables.ok == true");
    assertThat(either.not().expression())
        .isEqualTo("!(variables[\"github-owner\"] == \"a\" || variables[\"github-owner\"] == \"b\")");
  }

  @Test
  void raw_expression_is_kept_verbatim_and_parenthesised_when_combined() {
    Condition raw = Cel.raw("size(actions[\"scan\"].outputs.result) > 0");

    assertThat(raw.expression()).isEqualTo("size(actions[\"scan\"].outputs.result) > 0");
    assertThat(raw.or(Cel.eq(owner, "x")).expression())
        .isEqualTo("(size(actions[\"scan\"].outputs.result) > 0) || variables[\"github-owner\"] == \"x\"");
  }

  @Test
  void ref_shortcuts_build_the_same_conditions() {
    assertThat(owner.ref().eq("x")).isEqualTo(Cel.eq(owner, "x"));
    assertThat(owner.ref().ne("x")).isEqualTo(Cel.ne(owner, "x"));
    assertThat(action("a").field("b").isTrue()).hasToString("actions[\"a\"].outputs.b == true");
  }

  @Test
  void rejects_values_that_are_no_literals() {
    assertThatThrownBy(() -> Cel.eq(owner.ref(), new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of type 'java.lang.Object' is no CEL literal: use a string, number, boolean or reference");
    assertThatThrownBy(() -> Cel.raw(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expression is blank: give a CEL condition such as 'variables.x == 1'");
  }

  @Test
  void ge_and_le_render_the_inclusive_comparisons() {
    Var<Number> replicas = Var.number("replicas");
    assertThat(Cel.ge(replicas, 3).expression()).isEqualTo("variables.replicas >= 3");
    assertThat(Cel.le(action("scan").field("ratio"), new java.math.BigDecimal("0.5")).expression())
        .isEqualTo("actions[\"scan\"].outputs.ratio <= 0.5");
    assertThat(Cel.ge(action("a").field("x"), action("b").field("y")).expression())
        .isEqualTo("actions[\"a\"].outputs.x >= actions[\"b\"].outputs.y");
  }
}

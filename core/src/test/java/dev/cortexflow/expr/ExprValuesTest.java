package dev.cortexflow.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** References, templates and conditions are values: equal when they read and say the same. */
class ExprValuesTest {

  @Test
  void references_to_the_same_path_are_equal_and_hash_alike() {
    Ref a = Ref.blockOutputs("deploy").field("url");
    Ref same = Ref.blockOutputs("deploy").field("url");

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a.segments()).containsExactly("actions", "deploy", "outputs", "url");
    assertThat(a).isNotEqualTo(Ref.blockOutputs("deploy").field("body")).isNotEqualTo("actions.deploy.outputs.url");
  }

  @Test
  void a_path_that_names_no_block_differs_from_one_that_does() {
    Ref block = Ref.of(1, "actions", "deploy", "outputs");
    Ref path = Ref.of(-1, "actions", "deploy", "outputs");

    assertThat(block).isNotEqualTo(path);
    assertThat(block.blockSlug()).hasValue("deploy");
    assertThat(path.blockSlug()).isEmpty();
  }

  @Test
  void templates_with_the_same_text_are_equal_and_hash_alike() {
    Ref env = Var.string("env").ref();
    Template a = Template.of("deploy to {}", false, env);
    Template same = Template.of("deploy to {}", false, env);

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Template.of("deploy {}", false, env)).isNotEqualTo(a.toString());
  }

  @Test
  void a_literal_is_written_as_cel_writes_it() {
    assertThat(Cel.literal("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(Cel.literal(3)).isEqualTo("3");
    assertThat(Cel.literal(true)).isEqualTo("true");
    assertThat(Cel.literal(Var.string("env"))).isEqualTo("variables.env");
  }

  @Test
  void joining_a_single_condition_gives_that_condition() {
    Condition c = Cel.eq(Var.string("env"), "prod");

    assertThat(Cel.and(c)).isSameAs(c);
    assertThat(Cel.or(c)).isSameAs(c);
  }
}

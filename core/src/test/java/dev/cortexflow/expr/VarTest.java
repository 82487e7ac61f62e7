package dev.cortexflow.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VarTest {

  @Test
  void produces_the_model_variable_with_typed_default_and_description() {
    Variable v = Var.string("environment").defaultValue("staging").description("Target").toVariable();

    assertThat(v).isEqualTo(Variable.builder().slug("environment").type(VariableType.STRING)
        .defaultValue(JsonValue.of("staging")).description("Target").build());
  }

  @Test
  void a_second_description_names_the_variable_the_first_text_and_the_fix() {
    assertThatThrownBy(() -> Var.string("env").description("Target").description("Other"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("variable 'env' already has a description ('Target'): give description(...) once");
  }

  @Test
  void declares_every_variable_type() {
    assertThat(List.of(Var.string("a"), Var.number("b"), Var.bool("c"), Var.object("d"), Var.stringArray("e"),
        Var.numberArray("f"), Var.boolArray("g"), Var.objectArray("h")))
        .extracting(Var::type)
        .containsExactly(VariableType.STRING, VariableType.NUMBER, VariableType.BOOLEAN, VariableType.OBJECT,
            VariableType.ARRAY_OF_STRING, VariableType.ARRAY_OF_NUMBER, VariableType.ARRAY_OF_BOOLEAN,
            VariableType.ARRAY_OF_OBJECT);
  }

  @Test
  void converts_structured_defaults_to_json() {
    assertThat(Var.stringArray("tags").defaultValue(List.of("a", "b")).toVariable().defaultValue())
        .contains(JsonValue.array(List.of(JsonValue.of("a"), JsonValue.of("b"))));
    assertThat(Var.object("cfg").defaultValue(Map.of("n", 1)).toVariable().defaultValue())
        .contains(JsonValue.object(Map.of("n", JsonValue.of(1))));
    assertThat(Var.number("n").defaultValue(2).toVariable().defaultValue()).contains(JsonValue.of(2));
  }

  @Test
  void is_immutable() {
    Var<String> plain = Var.string("env");
    Var<String> withDefault = plain.defaultValue("x");

    assertThat(plain.toVariable().defaultValue()).isEmpty();
    assertThat(withDefault.toVariable().defaultValue()).contains(JsonValue.of("x"));
  }

  @Test
  void rejects_slugs_the_server_rejects() {
    assertThatThrownBy(() -> Var.string("github_owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable slug 'github_owner' is not valid: use [a-z0-9-]");
  }

  @Test
  void rejects_setting_the_default_twice() {
    assertThatThrownBy(() -> Var.string("env").defaultValue("a").defaultValue("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("variable 'env' already has a default value");
  }

  @Test
  void takes_a_json_default_that_keeps_the_key_order_of_an_object() {
    Var<Map<String, ?>> limits = Var.object("limits").defaultValue(JsonValue.object("memory", "4Gi", "cpu", 2));

    assertThat(limits.toVariable().defaultValue()).hasValueSatisfying(json -> assertThat(
        ((JsonValue.JsonObject) json).members().keySet()).containsExactly("memory", "cpu"));
    assertThat(Var.objectArray("owners").defaultValue(JsonValue.array(List.of(JsonValue.object("team", "ops"))))
        .toVariable().defaultValue()).contains(JsonValue.array(List.of(JsonValue.object("team", "ops"))));
    assertThat(Var.numberArray("sizes").defaultValue(JsonValue.array(List.of(JsonValue.of(1), JsonValue.NULL)))
        .toVariable().defaultValue()).contains(JsonValue.array(List.of(JsonValue.of(1), JsonValue.NULL)));
  }

  @Test
  void refuses_a_json_default_of_another_type_naming_the_variable_and_both_kinds() {
    assertThatThrownBy(() -> Var.object("limits").defaultValue(JsonValue.array(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable 'limits' is OBJECT, so its default value must be an object, not an array: give a"
            + " default of the variable's type");
    assertThatThrownBy(() -> Var.stringArray("services").defaultValue(
        JsonValue.array(List.of(JsonValue.of("api"), JsonValue.of(3)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable 'services' is ARRAY_OF_STRING, so its default value must be an array of strings,"
            + " not a number at item 1: give a default of the variable's type");
    assertThatThrownBy(() -> Var.string("env").defaultValue(JsonValue.NULL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable 'env' is STRING, so its default value must be a string, not null: give a default"
            + " of the variable's type");
  }
}

package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {
  private static final JsonNode STATE = read(
      "{\"variables\":{\"env\":\"prod\",\"count\":3,\"empty\":\"\",\"flag\":true,\"nothing\":null},"
          + "\"actions\":{\"user-input\":{\"outputs\":{\"publish\":true}}}}");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "true -> true",
        "false -> false",
        "variables.env == \"prod\" -> true",
        "variables[\"env\"] == 'prod' -> true",
        "variables.env != \"prod\" -> false",
        "variables.count == 3 -> true",
        "variables.count == 3.0 -> true",
        "variables.flag -> true",
        "!variables.flag -> false",
        "actions[\"user-input\"].outputs.publish == true -> true",
        "actions.user-input.outputs.publish == true -> true",
        "variables[\"empty\"] == \"\" || variables.env == \"\" -> true",
        "variables.flag && variables.env == \"dev\" -> false",
        "(variables.flag || false) && !(variables.count != 3) -> true",
        "variables.nothing == null -> true",
        "variables.missing == null -> true",
      })
  void evaluates_the_trivial_subset(String expression, boolean expected) {
    assertThat(Conditions.evaluate(expression, STATE)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "size(variables.env) > 3",
        "variables.count > 2",
        "variables.env",
        "variables.env == ",
        "(variables.flag",
        "variables.env.startsWith(\"p\")",
        "'unclosed",
        "variables.count + 1 == 4",
      })
  void answers_empty_for_anything_else(String expression) {
    assertThat(Conditions.evaluate(expression, STATE)).isEqualTo(Optional.empty());
  }

  private static JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void numbers_compare_by_value() {
    assertThat(JsonValue.of(1)).isEqualTo(JsonValue.of(new BigDecimal("1.00")));
    assertThat(JsonValue.of(1).hashCode()).isEqualTo(JsonValue.of(new BigDecimal("1.0")).hashCode());
    assertThat(JsonValue.of(new BigDecimal("0.0"))).isEqualTo(JsonValue.of(0));
  }

  @Test
  void plain_java_data_converts_both_ways() {
    // given
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("b", List.of(true, "x"));
    data.put("a", null);
    data.put("n", 3);

    // when
    JsonValue json = JsonValue.from(data);

    // then
    assertThat(json).isInstanceOf(JsonValue.JsonObject.class);
    assertThat(((JsonValue.JsonObject) json).members()).containsKeys("b", "a", "n");
    assertThat(((JsonValue.JsonObject) json).members().keySet()).containsExactly("b", "a", "n");
    assertThat(((JsonValue.JsonObject) json).members().get("a")).isSameAs(JsonValue.NULL);
    Map<String, Object> back = new LinkedHashMap<>();
    back.put("b", List.of(true, "x"));
    back.put("a", null);
    back.put("n", new BigDecimal("3"));
    assertThat(json.toJava()).isEqualTo(back);
  }

  @Test
  void objects_are_equal_whatever_their_member_order() {
    Map<String, JsonValue> ab = new LinkedHashMap<>();
    ab.put("a", JsonValue.of("1"));
    ab.put("b", JsonValue.of("2"));
    Map<String, JsonValue> ba = new LinkedHashMap<>();
    ba.put("b", JsonValue.of("2"));
    ba.put("a", JsonValue.of("1"));

    assertThat(JsonValue.object(ab)).isEqualTo(JsonValue.object(ba));
  }

  @Test
  void any_char_sequence_becomes_a_json_string_also_when_nested() {
    // given: text that is not a String, at the top and inside a list and a map
    StringBuilder text = new StringBuilder("deploy ").append("{{ context.entity.tag }}");

    // when
    JsonValue json = JsonValue.from(Map.of("message", List.of(text)));

    // then
    assertThat(JsonValue.from(text)).isEqualTo(JsonValue.of("deploy {{ context.entity.tag }}"));
    assertThat(json.toJava()).isEqualTo(Map.of("message", List.of("deploy {{ context.entity.tag }}")));
  }

  @Test
  void other_java_types_are_rejected_with_their_name() {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonValue.from(new Object()))
        .withMessage("value of type 'java.lang.Object' is not JSON data");
  }
}

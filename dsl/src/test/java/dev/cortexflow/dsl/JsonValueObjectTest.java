package dev.cortexflow.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueObjectTest {

  @Test
  void object_from_keys_and_values_keeps_their_order_and_converts_plain_data() {
    // when
    JsonValue o = JsonValue.object("zeta", JsonValue.of("z"), "alpha", false, "list", List.of(1, "x"), "none", null);

    // then
    Map<String, JsonValue> members = ((JsonValue.JsonObject) o).members();
    assertThat(members.keySet()).containsExactly("zeta", "alpha", "list", "none");
    assertThat(members.get("zeta")).isEqualTo(JsonValue.of("z"));
    assertThat(members.get("alpha")).isEqualTo(JsonValue.of(false));
    assertThat(members.get("list")).isEqualTo(JsonValue.array(List.of(JsonValue.of(1), JsonValue.of("x"))));
    assertThat(members.get("none")).isSameAs(JsonValue.NULL);
  }

  @Test
  void object_with_one_member_equals_the_map_form() {
    assertThat(JsonValue.object("dryRun", true)).isEqualTo(JsonValue.object(Map.of("dryRun", JsonValue.of(true))));
  }

  @Test
  void rejects_a_key_without_value_a_key_that_is_no_string_and_a_repeated_key() {
    assertThatThrownBy(() -> JsonValue.object("a", 1, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'b' has no value: give keys and values in pairs");
    assertThatThrownBy(() -> JsonValue.object("a", 1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key '2' at position 3 is no String: give keys and values in pairs");
    assertThatThrownBy(() -> JsonValue.object("a", 1, "a", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'a' is given twice");
  }
}

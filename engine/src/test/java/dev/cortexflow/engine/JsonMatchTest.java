package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values of a scenario match as subsets: objects by the keys given, lists exactly, text holding JSON as JSON. */
class JsonMatchTest {

  @Test
  void an_object_matches_when_every_expected_key_matches_and_other_keys_are_ignored() {
    assertThat(JsonMatch.mismatch("out", JsonValue.object("a", 1), JsonValue.object("a", 1, "b", 2))).isEmpty();
    assertThat(JsonMatch.mismatch("out", JsonValue.object("a", Map.of("b", 1)),
        JsonValue.object("a", Map.of("b", 2)))).contains("at out.a.b: expected 1 but was 2");
  }

  @Test
  void a_missing_key_is_named_with_the_keys_there_are() {
    assertThat(JsonMatch.mismatch("out", JsonValue.object("c", 1), JsonValue.object("b", 2, "a", 1)))
        .contains("at out.c: expected 1 but there is no out.c (keys: a, b)");
    assertThat(JsonMatch.mismatch("", JsonValue.object("c", 1), JsonValue.object("a", 1)))
        .contains("at c: expected 1 but there is no c (keys: a)");
  }

  @Test
  void an_object_expected_where_there_is_none_differs_as_a_whole() {
    assertThat(JsonMatch.mismatch("out", JsonValue.object("a", 1), JsonValue.of(1)))
        .contains("at out: expected {\"a\":1} but was 1");
    assertThat(JsonMatch.mismatch("", JsonValue.of("x"), JsonValue.of("y"))).contains("expected \"x\" but was \"y\"");
  }

  @Test
  void lists_match_item_by_item_and_only_at_the_same_length() {
    assertThat(JsonMatch.mismatch("l", JsonValue.from(List.of(1, 2)), JsonValue.from(List.of(1, 2)))).isEmpty();
    assertThat(JsonMatch.mismatch("l", JsonValue.from(List.of(1, 2)), JsonValue.from(List.of(1, 3))))
        .contains("at l[1]: expected 2 but was 3");
    assertThat(JsonMatch.mismatch("l", JsonValue.from(List.of(1)), JsonValue.from(List.of(1, 2))))
        .contains("at l: expected [1] but was [1,2]");
    assertThat(JsonMatch.mismatch("l", JsonValue.from(List.of(1)), JsonValue.object("a", 1)))
        .contains("at l: expected [1] but was {\"a\":1}");
    assertThat(JsonMatch.mismatch("l", JsonValue.from(List.of(Map.of("a", 1))),
        JsonValue.from(List.of(Map.of("a", 1, "b", 2))))).isEmpty();
  }

  @Test
  void text_holding_a_json_object_or_list_matches_as_that_json_and_other_text_as_text() {
    assertThat(JsonMatch.mismatch("body", JsonValue.object("n", 1), JsonValue.of(" {\"n\": 1, \"m\": 2}"))).isEmpty();
    assertThat(JsonMatch.mismatch("body", JsonValue.from(List.of(1)), JsonValue.of("[1]"))).isEmpty();
    assertThat(JsonMatch.mismatch("body", JsonValue.object("n", 1), JsonValue.of("{n: 1}")))
        .contains("at body: expected {\"n\":1} but was \"{n: 1}\"");
    assertThat(JsonMatch.mismatch("body", JsonValue.object("n", 1), JsonValue.of("n")))
        .contains("at body: expected {\"n\":1} but was \"n\"");
  }

  @Test
  void json_text_is_compact_with_sorted_keys_and_parse_names_what_is_not_json() {
    assertThat(JsonMatch.text(JsonValue.object("b", 1, "a", List.of(true)))).isEqualTo("{\"a\":[true],\"b\":1}");
    assertThat(JsonMatch.parse("{\"a\": [1]}")).isEqualTo(JsonValue.object("a", List.of(1)));
    assertThatThrownBy(() -> JsonMatch.parse("{a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON: ");
  }
}

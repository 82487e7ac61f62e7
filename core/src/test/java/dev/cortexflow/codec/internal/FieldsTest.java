package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.validate.Severity;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A value of the wrong JSON type is an ERROR at its pointer that names the expected type and what was found. */
class FieldsTest {
  private static final Node LIST = new Node.ListNode(List.of(scalar(JsonValue.of("a"))), 3, 5);
  private static final Node MAP = new Node.MapNode(Map.of("a", scalar(JsonValue.of("b"))), 3, 5);

  private static Node.ScalarNode scalar(JsonValue value) {
    String text = value instanceof JsonValue.JsonString s ? s.value()
        : value instanceof JsonValue.JsonNumber n ? n.value().toPlainString() : String.valueOf(value);
    return new Node.ScalarNode(value, text, 3, 5);
  }

  private static Fields fields(Node value, Issues issues) {
    Map<String, Node> members = new LinkedHashMap<>();
    members.put("k", value);
    return new Fields(new Node.MapNode(members, 1, 1), "/actions/0", "block 'a'", issues);
  }

  static Stream<Arguments> wrongTypes() {
    Node number = scalar(JsonValue.of(new BigDecimal("1.5")));
    Node text = scalar(JsonValue.of("x"));
    return Stream.of(
        Arguments.of("a string", (Consumer<Fields>) f -> f.optString("k"), LIST, "must be a string, got array"),
        Arguments.of("a string", (Consumer<Fields>) f -> f.string("k", Need.REQUIRED), MAP,
            "must be a string, got object"),
        Arguments.of("a number", (Consumer<Fields>) f -> f.optNumber("k"), text, "must be a number, got string 'x'"),
        Arguments.of("an int", (Consumer<Fields>) f -> f.optInt("k"), text, "must be a number, got string 'x'"),
        Arguments.of("an int", (Consumer<Fields>) f -> f.optInt("k"), number,
            "must be a whole number in 32-bit range, got 1.5"),
        Arguments.of("a list of strings", (Consumer<Fields>) f -> f.optStrings("k", Need.OPTIONAL), MAP,
            "must be a list of strings, got object"),
        Arguments.of("a mapping of strings", (Consumer<Fields>) f -> f.stringMap("k", Need.OPTIONAL), LIST,
            "must be a mapping of strings, got array"),
        Arguments.of("a mapping", (Consumer<Fields>) f -> f.jsonMap("k", Need.OPTIONAL), number,
            "must be a mapping, got number '1.5'"),
        Arguments.of("a list", (Consumer<Fields>) f -> f.objects("k", Need.OPTIONAL, (item, i) -> i), MAP,
            "must be a list, got object"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("wrongTypes")
  void a_value_of_the_wrong_type_is_an_error_naming_the_expected_type(String expected, Consumer<Fields> read,
      Node value, String message) {
    // given
    Issues issues = new Issues(false);

    // when
    read.accept(fields(value, issues));

    // then
    assertThat(issues.all()).extracting(Violation::code, Violation::severity, Violation::pointer,
        Violation::message).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, Severity.ERROR, "/actions/0/k", "block 'a': 'k' " + message));
  }

  @Test
  void a_null_or_nested_value_in_a_mapping_of_strings_is_an_error_and_left_out() {
    // given
    Issues issues = new Issues(false);
    Map<String, Node> members = new LinkedHashMap<>();
    members.put("a", scalar(JsonValue.of("x")));
    members.put("b", scalar(JsonValue.NULL));
    members.put("c", LIST);
    members.put("d", scalar(JsonValue.of(2)));

    // when
    Map<String, String> read = fields(new Node.MapNode(members, 3, 5), issues).stringMap("k", Need.OPTIONAL);

    // then
    assertThat(read).containsExactly(Map.entry("a", "x"), Map.entry("d", "2"));
    assertThat(issues.all()).extracting(Violation::pointer, Violation::message).containsExactly(
        tuple("/actions/0/k/b", "block 'a': 'k.b' must be a string, got null"),
        tuple("/actions/0/k/c", "block 'a': 'k.c' must be a string, got array"));
  }

  @Test
  void a_non_object_item_of_a_list_of_objects_is_an_error_and_skipped() {
    // given
    Issues issues = new Issues(false);
    Node list = new Node.ListNode(List.of(MAP, scalar(JsonValue.of("x")), MAP), 3, 5);

    // when
    List<Integer> read = fields(list, issues).objects("k", Need.OPTIONAL, (item, i) -> i);

    // then
    assertThat(read).containsExactly(0, 2);
    assertThat(issues.all()).extracting(Violation::pointer, Violation::message).containsExactly(
        tuple("/actions/0/k/1", "block 'a': 'k[1]' must be a mapping, got string"));
  }

  @Test
  void a_scalar_of_up_to_40_characters_is_shown_whole_and_a_longer_one_cut_to_37_and_an_ellipsis() {
    // given
    Issues issues = new Issues(false);
    String forty = "x".repeat(40);
    String longer = "y".repeat(41);

    // when
    fields(scalar(JsonValue.of(forty)), issues).optNumber("k");
    fields(scalar(JsonValue.of(longer)), issues).optNumber("k");

    // then
    assertThat(issues.all()).extracting(Violation::message).containsExactly(
        "block 'a': 'k' must be a number, got string '" + forty + "'",
        "block 'a': 'k' must be a number, got string '" + "y".repeat(37) + "...'");
  }

  @Test
  void a_key_given_as_null_is_present_but_read_as_absent() {
    // given
    Issues issues = new Issues(false);
    Fields read = fields(scalar(JsonValue.NULL), issues);

    // then
    assertThat(read.isPresent("k")).isTrue();
    assertThat(read.isPresent("other")).isFalse();
    assertThat(read.optString("k")).isEmpty();
    assertThat(read.pointer()).isEqualTo("/actions/0");
    assertThat(issues.all()).isEmpty();
  }
}

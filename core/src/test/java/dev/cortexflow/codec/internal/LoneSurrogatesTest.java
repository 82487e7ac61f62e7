package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lone surrogate in a key or a string is reported at its pointer and read as U+FFFD. */
class LoneSurrogatesTest {

  private static Node.ScalarNode text(String s) {
    return new Node.ScalarNode(JsonValue.of(s), s, 1, 1);
  }

  private static Node.MapNode map(Map<String, Node> members) {
    return new Node.MapNode(members, 1, 1);
  }

  @Test
  void a_lone_surrogate_at_the_start_of_a_key_is_reported_and_replaced() {
    // given
    Issues issues = new Issues(false);

    // when
    Node.MapNode read = LoneSurrogates.replace(map(Map.of("\uDC00ab", text("plain"))), issues);

    // then
    assertThat(read.members()).containsOnlyKeys("\uFFFDab");
    assertThat(issues.all()).extracting(Violation::code, Violation::pointer, Violation::message).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, "/\uFFFDab", "the key holds a lone surrogate U+DC00 at character 1, "
            + "which is no Unicode text; remove it or write the whole character"));
  }

  @Test
  void a_lone_surrogate_at_the_start_of_a_string_is_reported_and_replaced() {
    // given
    Issues issues = new Issues(false);

    // when
    Node.MapNode read = LoneSurrogates.replace(map(Map.of("name", text("\uD800x"))), issues);

    // then
    assertThat(read.toJson()).isEqualTo(JsonValue.object(Map.of("name", JsonValue.of("\uFFFDx"))));
    assertThat(issues.all()).extracting(Violation::pointer, Violation::message).containsExactly(
        tuple("/name", "the string holds a lone surrogate U+D800 at character 1, "
            + "which is no Unicode text; remove it or write the whole character"));
  }

  @Test
  void a_lone_surrogate_in_a_list_item_before_plain_ones_is_replaced() {
    // given
    Issues issues = new Issues(false);
    Node.ListNode list = new Node.ListNode(List.of(text("a\uDC00"), text("b")), 1, 1);

    // when
    Node.MapNode read = LoneSurrogates.replace(map(Map.of("tags", list)), issues);

    // then
    assertThat(read.toJson()).isEqualTo(JsonValue.object(Map.of("tags",
        JsonValue.array(List.of(JsonValue.of("a\uFFFD"), JsonValue.of("b"))))));
    assertThat(issues.all()).extracting(Violation::pointer).containsExactly("/tags/0");
  }

  @Test
  void a_key_with_a_lone_surrogate_is_replaced_when_the_members_after_it_are_plain() {
    // given
    Issues issues = new Issues(false);
    Map<String, Node> members = new LinkedHashMap<>();
    members.put("a\uD800", text("x"));
    members.put("b", text("y"));

    // when
    Node.MapNode read = LoneSurrogates.replace(map(members), issues);

    // then
    assertThat(read.members()).containsOnlyKeys("a\uFFFD", "b");
  }

  @Test
  void a_tree_without_lone_surrogates_is_returned_as_it_is() {
    // given
    Issues issues = new Issues(false);
    Node.ListNode list = new Node.ListNode(List.of(text("\uD83D\uDE00"), text("b")), 1, 1);
    Node.MapNode root = map(Map.of("tags", list, "inner", map(Map.of("k", text("v")))));

    // when
    Node.MapNode read = LoneSurrogates.replace(root, issues);

    // then
    assertThat(read).isSameAs(root);
    assertThat(issues.all()).isEmpty();
  }
}

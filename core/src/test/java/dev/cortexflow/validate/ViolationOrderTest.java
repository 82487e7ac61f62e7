package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of a report: errors first, then document order of the pointers. Each row gives pointers in the order
 * the report must list them; the test feeds them in reverse and shuffled.
 */
class ViolationOrderTest {

  static Stream<Arguments> documentOrder() {
    return Stream.of(
        Arguments.of("a parent before its children", List.of("", "/actions", "/actions/0", "/actions/0/name")),
        Arguments.of("array items by number, not by text", List.of("/actions/2", "/actions/9", "/actions/10",
            "/actions/11", "/actions/100")),
        Arguments.of("known keys in Cortex's export order", List.of("/name", "/tag", "/variables",
            "/runResponseTemplate", "/actions")),
        Arguments.of("block keys in export order", List.of("/actions/0/name", "/actions/0/slug",
            "/actions/0/schema/url", "/actions/0/schema/headers", "/actions/0/schema/payload",
            "/actions/0/outgoingActions")),
        Arguments.of("unknown keys after known ones, alphabetically", List.of("/actions/0/schema/url",
            "/actions/0/schema/alpha", "/actions/0/schema/zeta")),
        // keys and indexes side by side compare as text; a leading zero makes a key ("01" is not item 1)
        Arguments.of("a number with a leading zero is a key, not an index", List.of("/headers/007",
            "/headers/01", "/headers/1", "/headers/2")),
        Arguments.of("an empty key first", List.of("/headers/", "/headers/3", "/headers/a")),
        Arguments.of("digits 0 and 9 are digits", List.of("/x/9", "/x/10", "/x/90", "/x/99")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentOrder")
  void violations_come_in_document_order(String what, List<String> pointers) {
    List<Violation> expected = pointers.stream()
        .map(p -> Violation.error(ViolationCode.INVALID_VALUE, p, "at " + p)).toList();
    List<Violation> reversed = new ArrayList<>(expected);
    Collections.reverse(reversed);
    List<Violation> rotated = new ArrayList<>(expected);
    Collections.rotate(rotated, 1);

    assertThat(ViolationOrder.sort(reversed)).containsExactlyElementsOf(expected);
    assertThat(ViolationOrder.sort(rotated)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentOrder")
  void errors_come_before_warnings_whatever_their_pointers(String what, List<String> pointers) {
    List<Violation> warnings = pointers.stream()
        .map(p -> Violation.warning(ViolationCode.INVALID_VALUE, p, "at " + p)).toList();
    Violation lastError = Violation.error(ViolationCode.CYCLE, "/zzz/999", "late error");
    List<Violation> in = new ArrayList<>(warnings);
    in.add(lastError);

    List<Violation> sorted = ViolationOrder.sort(in);

    assertThat(sorted.get(0)).isEqualTo(lastError);
    assertThat(sorted.subList(1, sorted.size())).containsExactlyElementsOf(warnings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentOrder")
  void violations_at_one_pointer_keep_the_order_the_rules_found_them_in(String what, List<String> pointers) {
    String p = pointers.get(pointers.size() - 1);
    List<Violation> in = List.of(Violation.error(ViolationCode.MISSING_FIELD, p, "second rule first"),
        Violation.error(ViolationCode.INVALID_VALUE, p, "first rule second"));

    assertThat(ViolationOrder.sort(in)).containsExactlyElementsOf(in);
  }
}

package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of {@link YamlLines}: the first and last line, empty and quoted-only values, very long texts. */
class YamlLinesEdgesTest {

  @Test
  void the_lines_are_numbered_from_one_to_the_empty_line_after_the_final_line_end() {
    // given
    YamlLines lines = YamlLines.of("# c\na: b # d\n");

    // then
    assertThat(lines.lineCount()).isEqualTo(3);
    assertThat(lines.isCommentOrBlank(1)).isTrue();
    assertThat(lines.code(2)).isEqualTo("a: b");
    assertThat(lines.code(3)).isEmpty();
    assertThatThrownBy(() -> lines.code(4)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("line 4 of 3");
    assertThatThrownBy(() -> lines.code(0)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("line 0 of 3");
  }

  @Test
  void the_comments_of_a_text_longer_than_three_million_characters_are_found() {
    // given
    String text = "# " + "x".repeat(3_200_000) + "\na: b # d\n";

    // when
    YamlLines lines = YamlLines.of(text);

    // then
    assertThat(lines.isCommentOrBlank(1)).isTrue();
    assertThat(lines.code(2)).isEqualTo("a: b");
  }

  @ParameterizedTest(name = "[{0}] and [{1}]: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "k: a|k: a|true",
      "k: a|k: 'a'|true",
      "k: 'a'|k: a|true",
      "k: ''|k: \"\"|true",
      "'a'|\"a\"|true",
      "`  'a'`|`  \"a\"`|true",
      ": 'a'|: \"a\"|true",
      "k: a|`k: a `|false",
      "`  `|`   `|false",
      "`- `|`  `|false",
      "k: '1'|k: 1|false"})
  void two_lines_have_the_same_content_when_they_are_equal_or_one_quotes_the_value_the_other_reads_the_same(
      String a, String b, boolean same) {
    assertThat(YamlLines.sameContent(a, b)).isEqualTo(same);
  }

  @ParameterizedTest(name = "[{0}] in the style of [{1}]: [{2}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"a\"|'b'|'a'",
      "k: 'a'|k: \"b\"|k: 'a'",
      "k: \"a\"|'k: b'|k: \"a\""})
  void a_value_is_left_as_it_is_when_the_other_line_quotes_with_double_quotes_or_has_another_key(String line,
      String model, String styled) {
    assertThat(YamlLines.inStyleOf(line, model)).isEqualTo(styled);
  }
}

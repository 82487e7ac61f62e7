package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which characters YAML writes as they are, and how the others are escaped or keep a string out of a block. */
class YamlScalarsCharactersTest {

  @ParameterizedTest(name = "U+{0} printable: {1}")
  @CsvSource({
      "001F, false", "0020, true", "007E, true", "007F, false", "0085, false", "009F, false", "00A0, true",
      "2027, true", "2028, false", "2029, false", "202A, true", "FEFF, false", "FFFD, true", "FFFE, false",
      "FFFF, false"})
  void a_character_is_printable_between_space_and_tilde_and_from_no_break_space_on_except_breaks_and_non_characters(
      String hex, boolean printable) {
    assertThat(YamlScalars.isPrintable((char) Integer.parseInt(hex, 16))).isEqualTo(printable);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a\\u0085b|\"a\\\\u0085b\"",
      "\\uD83D\\uDE00|\"\\uD83D\\uDE00\"",
      "a\\uD83D|\"a\\\\uD83D\"",
      "\\uD83Dx|\"\\\\uD83Dx\"",
      "\\uDE00|\"\\\\uDE00\"",
      "\\uDE00\\uD83D|\"\\\\uDE00\\\\uD83D\"",
      "\\uD83D\\uD83D\\uDE00|\"\\\\uD83D\\uD83D\\uDE00\""})
  void a_double_quoted_scalar_keeps_surrogate_pairs_and_escapes_lone_surrogates_and_line_breaks(String given,
      String quoted) {
    assertThat(YamlScalars.doubleQuoted(unescape(given))).isEqualTo(unescape(quoted));
  }

  @ParameterizedTest(name = "{0} literal-safe: {1}")
  @CsvSource(delimiter = '|', value = {
      "\\nline|true",
      "\\n\\nline\\n|true",
      "a\\n\\uD83D\\uDE00|true",
      "a\\n\\uD83D|false",
      "a\\n\\uD83Dx|false",
      "a\\n\\uDE00|false",
      "a\\n\\u0085|false",
      "a\\n\\tb|true",
      "\\n line|false",
      "line|false"})
  void a_literal_block_holds_text_with_a_line_break_not_starting_with_blank_and_without_lone_surrogates(
      String given, boolean safe) {
    assertThat(YamlScalars.isLiteralSafe(unescape(given))).isEqualTo(safe);
  }

  @ParameterizedTest(name = "{0} plain: {1}")
  @CsvSource(delimiter = '|', value = {
      "caf\\u00E9|true",
      "a\\uD83D\\uDE00|true",
      "a\\uD83D|false",
      "a\\uDE00|false",
      "a\\u0085|false",
      "a\\tb|false"})
  void a_plain_scalar_holds_only_printable_characters_and_whole_surrogate_pairs(String given, boolean plain) {
    assertThat(YamlScalars.isPlainSafe(unescape(given))).isEqualTo(plain);
  }

  /** Reads {@code \\uXXXX}, {@code \\n} and {@code \\t} escapes, so that the table shows every character. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && s.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && s.charAt(i + 1) == 't') {
        out.append('\t');
        i++;
      } else if (c == '\\' && s.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

package dev.cortexflow.codec.internal;

import static dev.cortexflow.codec.internal.YamlScalarsCharactersTest.unescape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a JSON string is written: control characters, JavaScript line separators and lone surrogates escaped. */
class JsonEmitterStringsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a\\u001Fb|\"a\\\\u001fb\"",
      "a b~|\"a b~\"",
      "\\u007F\\u0085\\u00E9|\"\\u007F\\u0085\\u00E9\"",
      "a\\u2028b|\"a\\\\u2028b\"",
      "a\\u2029b|\"a\\\\u2029b\"",
      "a\\u202Ab|\"a\\u202Ab\"",
      "\\uD83D\\uDE00|\"\\uD83D\\uDE00\"",
      "a\\uD83D|\"a\\\\ud83d\"",
      "\\uD83Dx|\"\\\\ud83dx\"",
      "\\uDE00|\"\\\\ude00\"",
      "x\\uDE00|\"x\\\\ude00\"",
      "\\uDE00\\uD83D|\"\\\\ude00\\\\ud83d\"",
      "\\uD83D\\uD83D\\uDE00|\"\\\\ud83d\\uD83D\\uDE00\""})
  void a_string_keeps_surrogate_pairs_and_escapes_control_characters_line_separators_and_lone_surrogates(
      String given, String json) {
    assertThat(JsonEmitter.emit(JsonValue.of(unescape(given)))).isEqualTo(unescape(json) + "\n");
  }
}

package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.codec.WorkflowYamlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The size limit of text already in memory is counted in bytes of UTF-8, exactly at the limit. */
class SourceTextTest {

  @ParameterizedTest(name = "{0} in at most {1} bytes")
  @CsvSource(delimiter = '|', value = {
      "\\u0080|2", "\\u07FF|2", "\\u0800|3", "\\u4E00\\u4E00|6", "\\u4E00a|4", "\\uD83D\\uDE00|4", "abc|3"})
  void text_that_fits_the_limit_in_utf8_bytes_is_read(String text, long maxBytes) {
    String given = YamlScalarsCharactersTest.unescape(text);
    assertThat(SourceText.check(given, "in.yaml", maxBytes)).isEqualTo(given);
  }

  @ParameterizedTest(name = "{0} in at most {1} bytes")
  @CsvSource(delimiter = '|', value = {
      "\\u0080|1", "\\u07FF|1", "\\u0800|2", "\\u4E00\\u4E00|5", "\\u4E00a|3", "\\uD83D\\uDE00|3", "abc|2"})
  void text_one_utf8_byte_over_the_limit_is_refused(String text, long maxBytes) {
    assertThatThrownBy(() -> SourceText.check(YamlScalarsCharactersTest.unescape(text), "in.yaml", maxBytes))
        .isInstanceOf(WorkflowYamlException.class)
        .hasMessage("in.yaml: the input is larger than the limit of " + maxBytes
            + " bytes; split the workflow or raise ReadOptions.maxBytes");
  }
}

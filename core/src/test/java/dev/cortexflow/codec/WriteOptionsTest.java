package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options of the preamble comment: what they hold, how they compare and print, which names they refuse. */
class WriteOptionsTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"\nHello", "\rHello", "Hello\r\n", " ", ""})
  void a_source_name_with_a_line_break_anywhere_or_a_blank_one_is_refused(String name) {
    assertThatThrownBy(() -> WriteOptions.generatedFrom(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceName '" + name + "' must be one non-blank line");
  }

  @Test
  void the_options_hold_the_source_and_the_environment_they_were_made_with() {
    // given
    WriteOptions forProd = WriteOptions.generatedFrom("com.acme.Hello", "prod");
    WriteOptions plain = WriteOptions.generatedFrom("com.acme.Hello");

    // then
    assertThat(forProd.sourceName()).contains("com.acme.Hello");
    assertThat(forProd.environment()).contains("prod");
    assertThat(plain.environment()).isEmpty();
    assertThat(WriteOptions.defaults().sourceName()).isEmpty();
    assertThat(WriteOptions.defaults().preamble()).isEmpty();
  }

  @Test
  void equal_options_have_the_same_hash_and_print_what_they_hold() {
    // given
    WriteOptions forProd = WriteOptions.generatedFrom("com.acme.Hello", "prod");
    WriteOptions plain = WriteOptions.generatedFrom("com.acme.Hello");

    // then
    assertThat(forProd).hasSameHashCodeAs(WriteOptions.generatedFrom("com.acme.Hello", "prod"))
        .isNotEqualTo(plain);
    assertThat(forProd.hashCode()).isNotEqualTo(plain.hashCode());
    assertThat(forProd).hasToString("WriteOptions{sourceName=com.acme.Hello, environment=prod}");
    assertThat(plain).hasToString("WriteOptions{sourceName=com.acme.Hello}");
  }
}

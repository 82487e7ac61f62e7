package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are plain digits up to a scale of 100 either way, and beyond it scientific with a fraction. */
class NumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "1E-100, 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
      "1E+100, 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "12.50, 12.50",
      "1E-101, 1.0E-101",
      "1E+400, 1.0E+400",
      "-1E+400, -1.0E+400",
      "1.5E+400, 1.5E+400",
      "2.50E-300, 2.5E-300"})
  void a_number_is_written_plain_up_to_a_scale_of_100_and_scientific_with_a_fraction_beyond(String value,
      String written) {
    assertThat(Numbers.render(new BigDecimal(value))).isEqualTo(written);
  }

  @ParameterizedTest(name = "1 with {0} zeros after the point")
  @CsvSource({"101", "150"})
  void trailing_zeros_beyond_a_scale_of_100_are_dropped(int zeros) {
    assertThat(Numbers.render(new BigDecimal("1." + "0".repeat(zeros)))).isEqualTo("1");
  }
}

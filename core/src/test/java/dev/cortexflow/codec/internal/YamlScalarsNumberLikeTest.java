package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class YamlScalarsNumberLikeTest {
  /** The pattern the hand-written check stands for. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9].*|\\.(inf|nan))",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Test
  void agrees_with_the_number_pattern_on_edge_cases() {
    List<String> cases = List.of("0", "7x", "-1", "+.5", ".5", "-.", "-", "+", ".", "..1", ".inf", ".INF", "-.Inf",
        "+.nan", ".NaN", ".NAN", "-.nAN", ".infx", ".in", "inf", "nan", "-inf", ".ınf", ".\u212Anf", "1\n2", ".nan\n", "x1", " 1",
        "٣", "-٣", ".٣");
    for (String s : cases) {
      assertThat(YamlScalars.isNumberLike(s)).as("'%s'", s).isEqualTo(NUMBER_LIKE.matcher(s).matches());
    }
  }

  @Test
  void agrees_with_the_number_pattern_on_random_short_strings() {
    String alphabet = "-+.0123456789iInNfFaAıİKx \n:e_";
    Random random = new Random(42);
    List<String> mismatches = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      if (YamlScalars.isNumberLike(text) != NUMBER_LIKE.matcher(text).matches()) {
        mismatches.add(text);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}

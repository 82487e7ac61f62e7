package dev.cortexflow.codec.internal;

import java.math.BigDecimal;

/** Renders numbers the same way in YAML and JSON: plain digits, scientific only for extreme exponents. */
final class Numbers {
  private Numbers() {}

  static String render(BigDecimal value) {
    if (Math.abs(value.scale()) <= 100) {
      return value.toPlainString();
    }
    // Both YAML 1.1 and 1.2 read "1.0E+400" as a float; "1E+400" is a string to YAML 1.1.
    String text = value.stripTrailingZeros().toString();
    int e = text.indexOf('E');
    return e < 0 || text.substring(0, e).contains(".") ? text : text.substring(0, e) + ".0" + text.substring(e);
  }
}

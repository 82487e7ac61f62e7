package dev.cortexflow.codec.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Decides how a string is written in YAML so that every YAML 1.1 and 1.2 reader (Jackson, SnakeYAML, PyYAML) reads
 * back the same string: plain when nothing could mistake it for another type or for syntax, a literal block for
 * multi-line text, double quotes otherwise.
 */
final class YamlScalars {
  /** Words some YAML version reads as a boolean or null. */
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null",
      "~", "=", "<<");
  /** Longest word in {@link #RESERVED}: lower-casing never shortens a string, so longer ones need no look-up. */
  private static final int LONGEST_RESERVED = 5;
  private static final String START_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private YamlScalars() {}

  static boolean isPlainSafe(String s) {
    if (s.isEmpty() || START_INDICATORS.indexOf(s.charAt(0)) >= 0 || s.charAt(0) == ' '
        || s.charAt(s.length() - 1) == ' ' || s.endsWith(":")) {
      return false;
    }
    if (s.length() <= LONGEST_RESERVED && RESERVED.contains(s.toLowerCase(Locale.ROOT)) || isNumberLike(s)) {
      return false;
    }
    if (s.contains(": ") || s.contains(" #")) {
      return false;
    }
    return printable(s, false);
  }

  /**
   * Whether {@code s} matches {@code [-+]?(\.?[0-9].*|\.(inf|nan))}, ASCII case-insensitively: written by hand
   * because this runs for every key and string written, and a regex match allocates a matcher each time.
   */
  static boolean isNumberLike(String s) {
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    if (i < s.length() && isDigit(s.charAt(i))) {
      return true;
    }
    if (i >= s.length() || s.charAt(i) != '.') {
      return false;
    }
    i++;
    return i < s.length() && isDigit(s.charAt(i)) || isAsciiWord(s, i, "inf") || isAsciiWord(s, i, "nan");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code s} from {@code from} to its end is {@code lowerWord}, ignoring ASCII case only. */
  private static boolean isAsciiWord(String s, int from, String lowerWord) {
    if (s.length() - from != lowerWord.length()) {
      return false;
    }
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = s.charAt(from + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} can be a literal block scalar ({@code |}) and read back exactly. */
  static boolean isLiteralSafe(String s) {
    if (s.indexOf('\n') < 0 || s.isBlank()) {
      return false;
    }
    int first = 0;
    while (s.charAt(first) == '\n') {
      first++;
    }
    char c = s.charAt(first);
    if (c == ' ' || c == '\t') {
      return false;
    }
    return printable(s, true);
  }

  /** Every character printable (breaks and tabs only when allowed), surrogates only in valid pairs. */
  private static boolean printable(String s, boolean allowBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)
          || !(isPrintable(c) || allowBreaks && (c == '\n' || c == '\t'))) {
        return false;
      }
    }
    return true;
  }

  /** The chomping indicator keeping the exact number of trailing line breaks. */
  static String chomping(String s) {
    if (!s.endsWith("\n")) {
      return "-";
    }
    return s.endsWith("\n\n") ? "+" : "";
  }

  /** Printable and not a line break in any YAML version (excludes NEL, LS, PS, BOM and lone surrogates). */
  static boolean isPrintable(char c) {
    if (c >= 0x20 && c <= 0x7E) {
      return true;
    }
    if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
      return false;
    }
    return true;
  }

  static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (isPrintable(c) && !Character.isSurrogate(c)) {
            out.append(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }
}

package dev.cortexflow.codegen.internal;

import java.util.regex.Pattern;

/**
 * Makes catalogue and descriptor text safe inside generated Javadoc and line comments. javac reads
 * {@code \}{@code uXXXX} escapes everywhere, comments included, before it looks for {@code *}{@code /} or a line
 * end, so every backslash is neutralised; line breaks (CR, LF, and the separators JavaPoet breaks lines at) and
 * every other control, format (bidirectional) or unassigned character become the visible text {@code U+XXXX}.
 */
final class Javadoc {

  /** Text that can stand inside {@code {@code ...}} as it is. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 ._:,;=+#%!?'\"()\\[\\]~^|-]*");

  private Javadoc() {}

  /** Escapes the characters that would end a comment, start markup or an escape, or break the line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
        case '@' -> out.append("{@literal @}");
        case '\\' -> out.append("&#92;");
        default -> visible(out, c);
      }
    });
    return out.toString();
  }

  /**
   * The text as code: {@code {@code text}} when it holds only plain characters, otherwise escaped inside
   * {@code <code>...</code>}.
   */
  static String code(String text) {
    return PLAIN.matcher(text).matches() ? "{@code " + text + "}" : "<code>" + escape(text) + "</code>";
  }

  /** Text for a {@code //} comment: backslashes doubled (never the start of an escape), one line, visible. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\\') {
        out.append("\\\\");
      } else {
        visible(out, c);
      }
    });
    return out.toString();
  }

  private static void visible(StringBuilder out, int c) {
    if (c == '\t') {
      out.append(' ');
    } else if (Character.isISOControl(c) || Literals.needsEscape(c)) {
      out.append(String.format("U+%04X", c));
    } else {
      out.appendCodePoint(c);
    }
  }
}

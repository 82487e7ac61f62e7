package dev.cortexflow.cli.internal;

/**
 * Makes text safe for a terminal: control characters from descriptors or servers (an {@code ESC [2K} that erases a
 * line, an OSC sequence that retitles the window, a carriage return that overwrites one) are printed in a visible
 * form, {@code \u001b}, instead of being obeyed. Line feeds and tabs are kept.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * {@code text} with every control character (C0 but line feed and tab, DEL, C1), line and paragraph separator and
   * bidirectional control written as {@code \}{@code uXXXX}.
   */
  public static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u200e' && c <= '\u200f')
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Java literals for one generated class: strings as ordinary literals, or as text blocks when they span several
 * lines (scripts, payloads, JQ programs). Descriptor text reaches generated code only through this class, and only
 * inside string literals: JavaPoet's {@code $S} where it escapes everything that matters, otherwise a literal in
 * which every character JavaPoet would leave raw and that a reader or javac could take for something else (line and
 * paragraph separators, which JavaPoet breaks lines at; bidirectional and other format controls; lone surrogates;
 * unassigned and private-use code points) is a {@code \}{@code uXXXX} escape. A string whose constant would exceed
 * the class-file limit of 65,535 bytes is joined at run time from smaller literals.
 */
public final class Literals {

  /** The class-file limit on one string constant, in modified UTF-8 bytes. */
  static final int CONSTANT_LIMIT = 65_535;

  /** The size of the pieces a too-long string is split into, in modified UTF-8 bytes. */
  static final int PIECE_BYTES = 16_000;

  /** A string literal; a text block when the text has several lines and nothing a text block cannot hold. */
  public CodeBlock string(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || newline == text.length() - 1 || !textBlockSafe(text) || tooLong(text)) {
      return quoted(text);
    }
    return CodeBlock.of("$L", textBlock(text));
  }

  /**
   * An ordinary string literal holding exactly {@code text}, or {@code String.join("", …)} of several when one
   * constant could not hold it.
   */
  public static CodeBlock quoted(String text) {
    if (!tooLong(text)) {
      return literal(text);
    }
    List<CodeBlock> pieces = new ArrayList<>();
    int from = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += constantBytes(text.charAt(i));
      boolean pairFollows = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (bytes >= PIECE_BYTES && !pairFollows) {
        pieces.add(literal(text.substring(from, i + 1)));
        from = i + 1;
        bytes = 0;
      }
    }
    if (from < text.length()) {
      pieces.add(literal(text.substring(from)));
    }
    return CodeBlock.of("$T.join(\"\",$>$>\n$L)$<$<", String.class, CodeBlock.join(pieces, ",\n"));
  }

  /** An integer literal: {@code int} when it fits, otherwise {@code long} (with {@code L}). */
  public static CodeBlock integer(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? CodeBlock.of("$L", value)
        : CodeBlock.of("$LL", value);
  }

  private static CodeBlock literal(String text) {
    if (text.codePoints().noneMatch(Literals::needsEscape)) {
      return CodeBlock.of("$S", text);
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (pair && !needsEscape(text.codePointAt(i))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isISOControl(c) || needsEscape(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", out.append('"'));
  }

  /**
   * Whether a character must not appear raw in generated source although JavaPoet's {@code $S} leaves it raw
   * (JavaPoet escapes the controls itself): line and paragraph separators, format characters (bidirectional
   * controls, zero-width characters), surrogates (a valid pair is checked as its code point), private-use and
   * unassigned code points.
   */
  static boolean needsEscape(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.FORMAT, Character.SURROGATE,
          Character.PRIVATE_USE, Character.UNASSIGNED -> true;
      default -> false;
    };
  }

  /** Whether the text is too long for one string constant. */
  static boolean tooLong(String text) {
    if (text.length() * 3L <= CONSTANT_LIMIT) {
      return false;
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += constantBytes(text.charAt(i));
    }
    return bytes > CONSTANT_LIMIT;
  }

  /** The bytes of one char in the class file's modified UTF-8. */
  private static int constantBytes(char c) {
    return c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }

  private static boolean textBlockSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        continue;
      }
      if (Character.isISOControl(c) || needsEscape(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Renders a text block holding exactly {@code text}: backslashes and quote runs escaped, trailing blanks
   * protected from stripping, the closing delimiter on its own line (so the text's own indentation is kept) and
   * a final line break only when the text has one.
   */
  static String textBlock(String text) {
    boolean finalNewline = text.endsWith("\n");
    String body = finalNewline ? text.substring(0, text.length() - 1) : text;
    StringBuilder out = new StringBuilder("\"\"\"\n");
    for (String raw : body.split("\n", -1)) {
      String line = raw.replace("\\", "\\\\");
      if (line.contains("\"\"\"")) {
        line = line.replace("\"", "\\\"");
      }
      out.append(protectTrailingBlank(line)).append('\n');
    }
    if (!finalNewline) {
      out.setLength(out.length() - 1);
      out.append("\\\n");
    }
    return out.append("\"\"\"").toString();
  }

  private static String protectTrailingBlank(String line) {
    if (line.endsWith(" ")) {
      return line.substring(0, line.length() - 1) + "\\s";
    }
    if (line.endsWith("\t")) {
      return line.substring(0, line.length() - 1) + "\\t";
    }
    return line;
  }
}

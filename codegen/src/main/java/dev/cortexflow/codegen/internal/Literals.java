package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;

/**
 * Java literals for one generated class: strings as ordinary literals, or as text blocks when they span several
 * lines (scripts, payloads, JQ programs).
 */
public final class Literals {

  /** A string literal; a text block when the text has several lines and nothing a text block cannot hold. */
  public CodeBlock string(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || newline == text.length() - 1 || !textBlockSafe(text)) {
      return CodeBlock.of("$S", text);
    }
    return CodeBlock.of("$L", textBlock(text));
  }

  private static boolean textBlockSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\n' && c != '\t' || c == '\u2028' || c == '\u2029') {
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

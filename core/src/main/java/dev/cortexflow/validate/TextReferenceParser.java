package dev.cortexflow.validate;

import dev.cortexflow.validate.FoundReference.Kind;
import dev.cortexflow.validate.FoundReference.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Single-pass, regex-free parser behind {@link ReferenceScanner}; linear in the length of the text. */
final class TextReferenceParser {

  private static final String[] ROOTS = {"actions", "variables", "context"};

  private final String text;
  private final Consumer<FoundReference> sink;

  private TextReferenceParser(String text, Consumer<FoundReference> sink) {
    this.text = text;
    this.sink = sink;
  }

  static void parse(String text, Consumer<FoundReference> sink) {
    if (mayHoldReference(text)) {
      new TextReferenceParser(text, sink).run();
    }
  }

  /** A fast pre-check: most strings (names, ids, plain text) hold neither a tag nor a root name. */
  private static boolean mayHoldReference(String text) {
    if (text.indexOf('{') >= 0) {
      return true;
    }
    for (String root : ROOTS) {
      if (text.contains(root)) {
        return true;
      }
    }
    return false;
  }

  /** Parses a whole string as a state path ({@code actions.x.outputs.y}); null when it is none. */
  static FoundReference statePath(String text) {
    String trimmed = text.strip();
    int offset = text.indexOf(trimmed);
    List<String> parts = splitDotted(trimmed);
    if (parts == null) {
      return null;
    }
    return classify(parts, Syntax.STATE_PATH, offset, offset + trimmed.length());
  }

  private void run() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int next = i + 1;
      if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
        next = mustache(i);
      } else if (c == '.' && jqBoundary(i)) {
        next = member(i + 1, i, Syntax.JQ);
      } else if ((c == 'a' || c == 'v' || c == 'c') && celBoundary(i)) {
        next = member(i, i, Syntax.CEL_JS);
      }
      i = Math.max(next, i + 1);
    }
  }

  /** Parses the tag opening at {@code open}; returns the offset after it, or open + 2 if it is not closed. */
  private int mustache(int open) {
    boolean triple = open + 2 < text.length() && text.charAt(open + 2) == '{';
    String closing = triple ? "}}}" : "}}";
    int contentStart = open + closing.length();
    int close = text.indexOf(closing, contentStart);
    if (close < 0) {
      return open + 2;
    }
    int end = close + closing.length();
    String content = text.substring(contentStart, close).strip();
    Syntax syntax = triple ? Syntax.MUSTACHE_RAW : Syntax.MUSTACHE;
    if (!triple && !content.isEmpty()) {
      char sigil = content.charAt(0);
      if (sigil == '&') {
        syntax = Syntax.MUSTACHE_RAW;
      } else if (sigil == '#' || sigil == '^') {
        syntax = Syntax.MUSTACHE_SECTION;
      } else if (sigil == '/' || sigil == '!' || sigil == '>' || sigil == '=') {
        return end; // closing tag, comment, partial or delimiter change: reads nothing new
      }
      if (syntax != Syntax.MUSTACHE) {
        content = content.substring(1).strip();
      }
    }
    List<String> parts = splitDotted(content);
    if (parts != null) {
      FoundReference ref = parts.size() == 1 && parts.get(0).equals("callbackUrl")
          ? new FoundReference(Kind.CALLBACK_URL, "callbackUrl", List.of(), syntax, open, end)
          : classify(parts, syntax, open, end);
      if (ref != null) {
        sink.accept(ref);
      }
    }
    return end;
  }

  /**
   * Parses {@code root(.name|."name"|["name"])...} starting at {@code rootAt}; {@code start} is where the
   * reference begins (the leading dot for JQ). In CEL and JavaScript a {@code .name(} is a method call on the value
   * read so far, not a key of it. Returns the offset after the reference, or rootAt if none.
   */
  private int member(int rootAt, int start, Syntax syntax) {
    String root = rootAt(rootAt);
    if (root == null) {
      return rootAt;
    }
    List<String> parts = new ArrayList<>(4);
    parts.add(root);
    int i = rootAt + root.length();
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int after;
      if (c == '.' && i + 1 < n && isIdentStart(text.charAt(i + 1))) {
        after = i + 2;
        while (after < n && isIdentPart(text.charAt(after))) {
          after++;
        }
        if (syntax == Syntax.CEL_JS && after < n && text.charAt(after) == '(') {
          break; // a method called on the value ({@code ratio.toFixed(1)}, {@code name.startsWith("a")})
        }
        parts.add(text.substring(i + 1, after));
      } else if (c == '.' && i + 1 < n && text.charAt(i + 1) == '"' && syntax == Syntax.JQ) {
        after = quoted(i + 1, parts);
      } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '[' && syntax == Syntax.JQ) {
        after = bracket(i + 1, parts);
      } else if (c == '[') {
        after = bracket(i, parts);
      } else {
        break;
      }
      if (after < 0) {
        break;
      }
      i = after;
    }
    if (parts.size() < 2) {
      return rootAt + root.length();
    }
    FoundReference ref = classify(parts, syntax, start, i);
    if (ref != null) {
      sink.accept(ref);
    }
    return i;
  }

  /** {@code ["name"]} or {@code ['name']} at {@code open}; adds the name and returns the offset after it. */
  private int bracket(int open, List<String> parts) {
    if (open + 1 >= text.length()) {
      return -1;
    }
    char quote = text.charAt(open + 1);
    if (quote != '"' && quote != '\'') {
      return -1;
    }
    int close = text.indexOf(quote, open + 2);
    if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ']') {
      return -1;
    }
    parts.add(text.substring(open + 2, close));
    return close + 2;
  }

  /** {@code "name"} at {@code open}; adds the name and returns the offset after it. */
  private int quoted(int open, List<String> parts) {
    int close = text.indexOf('"', open + 1);
    if (close < 0) {
      return -1;
    }
    parts.add(text.substring(open + 1, close));
    return close + 1;
  }

  private String rootAt(int i) {
    for (String root : ROOTS) {
      if (text.startsWith(root, i)) {
        int after = i + root.length();
        if (after < text.length() && (text.charAt(after) == '.' || text.charAt(after) == '[')) {
          return root;
        }
      }
    }
    return null;
  }

  /** A JQ path starts after a delimiter, never in the middle of another path ({@code $j.actions}). */
  private boolean jqBoundary(int dot) {
    return dot == 0 || isDelimiter(text.charAt(dot - 1));
  }

  /** A CEL/JS name starts after a delimiter, never after a dot, a word, a hyphen, a slash or a quote. */
  private boolean celBoundary(int i) {
    return i == 0 || isDelimiter(text.charAt(i - 1));
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || "([{,;!&|=+*<>?:%~^".indexOf(c) >= 0;
  }

  private static boolean isIdentStart(char c) {
    return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }

  /** Splits a Mustache name or state path on dots; null when a part is empty or holds a blank or brace. */
  private static List<String> splitDotted(String name) {
    if (name.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>(4);
    int from = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '.') {
        if (i == from) {
          return null;
        }
        parts.add(name.substring(from, i));
        from = i + 1;
      } else {
        char c = name.charAt(i);
        if (Character.isWhitespace(c) || c == '{' || c == '}') {
          return null;
        }
      }
    }
    return parts;
  }

  /** Turns {@code [root, name, path...]} into a reference; null when the root is not run state. */
  private static FoundReference classify(List<String> parts, Syntax syntax, int start, int end) {
    if (parts.size() < 2) {
      return null;
    }
    String root = parts.get(0);
    Kind kind;
    int nameAt = 1;
    switch (root) {
      case "actions" -> kind = Kind.ACTION;
      case "variables" -> kind = Kind.VARIABLE;
      case "context" -> {
        if (parts.get(1).equals("secrets") && parts.size() > 2) {
          kind = Kind.SECRET;
          nameAt = 2;
        } else {
          kind = Kind.CONTEXT;
        }
      }
      default -> {
        return null;
      }
    }
    return new FoundReference(kind, parts.get(nameAt), parts.subList(nameAt + 1, parts.size()), syntax, start, end);
  }
}

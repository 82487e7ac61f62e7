package dev.cortexflow.codec;

import java.util.Arrays;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The lines of a YAML descriptor as a line diff against a rendering of its model needs them: where the comments are,
 * as the YAML parser sees them (a {@code #} inside a quoted or block scalar is text, not a comment), and whether two
 * lines say the same thing in different quoting ({@link #sameContent}).
 *
 * <pre>{@code
 * YamlLines lines = YamlLines.of("# owner: team-a\nname: Deploy  # shown in the catalog\n");
 * lines.isCommentOrBlank(1);  // true
 * lines.code(2);              // "name: Deploy"
 * YamlLines.sameContent("  message: 'Done: x'", "  message: \"Done: x\"");  // true
 * }</pre>
 *
 * <p>A text the parser cannot read has no known comments: every line is code. Immutable and thread-safe.
 */
public final class YamlLines {

  private static final int CODE = -1;
  private static final int NO_CODE = -2;

  private final String[] lines;
  /** Per line: {@link #CODE}, {@link #NO_CODE} (comment or blank line) or the column where a comment starts. */
  private final int[] marks;

  private YamlLines(String[] lines, int[] marks) {
    this.lines = lines;
    this.marks = marks;
  }

  /**
   * Finds the comments of a YAML text. JSON has none: every line of a JSON text is code.
   *
   * @param text the descriptor text
   */
  public static YamlLines of(String text) {
    Objects.requireNonNull(text, "text");
    String[] lines = text.split("\n", -1);
    int[] marks = new int[lines.length];
    Arrays.fill(marks, CODE);
    try {
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(true);
      options.setCodePointLimit(Integer.MAX_VALUE);
      Parser parser = new ParserImpl(new StreamReader(text), options);
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event instanceof CommentEvent comment) {
          int line = comment.getStartMark().getLine();
          if (line >= 0 && line < lines.length) {
            marks[line] = comment.getCommentType() == CommentType.IN_LINE ? comment.getStartMark().getColumn()
                : NO_CODE;
          }
        }
        if (event.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (RuntimeException unreadable) {
      Arrays.fill(marks, CODE);
    }
    return new YamlLines(lines, marks);
  }

  /** The number of lines of the text (a final line end starts an empty last line). */
  public int lineCount() {
    return lines.length;
  }

  /**
   * Whether line {@code line} (1-based) holds no YAML content: a comment alone, or a blank line between values (a
   * blank line inside a block scalar is content).
   */
  public boolean isCommentOrBlank(int line) {
    return marks[index(line)] == NO_CODE;
  }

  /** Line {@code line} (1-based) without its comment and the spaces before it; the line itself when it has none. */
  public String code(int line) {
    int i = index(line);
    if (marks[i] == NO_CODE) {
      return "";
    }
    if (marks[i] == CODE || marks[i] > lines[i].length()) {
      return lines[i];
    }
    return lines[i].substring(0, marks[i]).stripTrailing();
  }

  /**
   * Whether two lines of block-style YAML hold the same content: equal, or the same indentation, the same key (or
   * list dash) and a single-line scalar value that reads the same, written with other quotes
   * ({@code 'a: b'} and {@code "a: b"}). At least one of the two values must be quoted; a line that is not such
   * a pair compares by its text.
   */
  public static boolean sameContent(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int split = valueStart(a);
    if (split < 0 || split != valueStart(b) || !a.regionMatches(0, b, 0, split)) {
      return false;
    }
    String va = a.substring(split);
    String vb = b.substring(split);
    if (!isQuoted(va) && !isQuoted(vb)) {
      return false;
    }
    Object ra = scalar(va);
    Object rb = scalar(vb);
    return ra != null && ra.equals(rb);
  }

  /**
   * {@code line} with its single-line scalar value quoted as {@code model}'s value is (single quotes, or plain),
   * when both lines have the same indentation and key and the rewritten value reads the same; otherwise
   * {@code line} itself. A diff then shows a changed value without a change of quoting around it.
   *
   * <pre>{@code
   * YamlLines.inStyleOf("  message: \"Done: 5\"", "  message: 'Done: 6'");  // "  message: 'Done: 5'"
   * }</pre>
   */
  public static String inStyleOf(String line, String model) {
    int split = valueStart(line);
    if (split < 0 || split != valueStart(model) || !line.regionMatches(0, model, 0, split)) {
      return line;
    }
    String value = line.substring(split);
    String target = model.substring(split);
    if (!(scalar(value) instanceof String text) || text.indexOf('\n') >= 0) {
      return line;
    }
    String styled;
    if (target.startsWith("'")) {
      styled = "'" + text.replace("'", "''") + "'";
    } else if (!isQuoted(target) && !target.isEmpty()) {
      styled = text;
    } else {
      return line;
    }
    return text.equals(scalar(styled)) ? line.substring(0, split) + styled : line;
  }

  /** Where the value of {@code key: value} or {@code - value} starts, after the indentation; -1 when neither. */
  private static int valueStart(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    while (line.startsWith("- ", i)) {
      i += 2;
    }
    if (i < line.length() && (line.charAt(i) == '\'' || line.charAt(i) == '"')) {
      return i; // a quoted list item (a quoted key is left to the text comparison)
    }
    int colon = line.indexOf(": ", i);
    return colon < 0 ? -1 : colon + 2;
  }

  private static boolean isQuoted(String value) {
    return value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"');
  }

  /** The string a one-line quoted or plain scalar reads as; null when it is not one. */
  private static Object scalar(String value) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowRecursiveKeys(false);
      Object read = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options))
          .load(value);
      return read instanceof String || read instanceof Number || read instanceof Boolean ? read : null;
    } catch (RuntimeException notOneScalar) {
      return null;
    }
  }

  private int index(int line) {
    if (line < 1 || line > lines.length) {
      throw new IndexOutOfBoundsException("line " + line + " of " + lines.length);
    }
    return line - 1;
  }
}

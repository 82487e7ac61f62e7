package dev.cortexflow.yaml;

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
 * Where the comments of a YAML descriptor are, line by line, as the YAML parser sees them (a {@code #} inside a
 * quoted or block scalar is text, not a comment). Tools that compare a file with a rendering of its model, which has
 * no comments, use it to leave the comments out of the comparison.
 *
 * <pre>{@code
 * SourceComments comments = SourceComments.of("# owner: team-a\nname: Deploy  # shown in the catalog\n");
 * comments.isCommentOrBlank(1);  // true
 * comments.code(2);              // "name: Deploy"
 * }</pre>
 *
 * <p>A text the parser cannot read has no known comments: every line is code. Immutable and thread-safe.
 */
public final class SourceComments {

  private static final int CODE = -1;
  private static final int NO_CODE = -2;

  private final String[] lines;
  /** Per line: {@link #CODE}, {@link #NO_CODE} (comment or blank line) or the column where a comment starts. */
  private final int[] marks;

  private SourceComments(String[] lines, int[] marks) {
    this.lines = lines;
    this.marks = marks;
  }

  /**
   * Finds the comments of a YAML text. JSON has none: every line of a JSON text is code.
   *
   * @param text the descriptor text
   */
  public static SourceComments of(String text) {
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
    return new SourceComments(lines, marks);
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

  private int index(int line) {
    if (line < 1 || line > lines.length) {
      throw new IndexOutOfBoundsException("line " + line + " of " + lines.length);
    }
    return line - 1;
  }
}

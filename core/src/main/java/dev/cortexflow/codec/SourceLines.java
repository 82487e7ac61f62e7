package dev.cortexflow.codec;

import dev.cortexflow.codec.internal.Codec;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Where the values of a descriptor stand in its text: the line of the value a {@link
 * dev.cortexflow.validate.Violation#pointer() violation's pointer} names, for editors, code-scanning reports and
 * messages that point at a line.
 *
 * <pre class="compilable">{@code
 * SourceLines lines = SourceLines.of(text, "deploy.yaml");
 * lines.lineOf("/actions/1/outgoingActions/0");  // 17
 * lines.lineOf("/restrictActionCompletionToRunnerUser");  // 1: the file omits it, the document starts there
 * }</pre>
 *
 * <p>A pointer to something the text does not hold (a field the file omits, a default) gets the line of its
 * nearest ancestor that it does hold. Immutable and thread-safe.
 */
public final class SourceLines {

  private final ToIntFunction<String> lines;

  private SourceLines(ToIntFunction<String> lines) {
    this.lines = lines;
  }

  /**
   * Indexes a descriptor text, YAML or JSON as {@link WorkflowReader} decides by the source's extension and the
   * text, with the reader's limits.
   *
   * @param source the file name, used to tell JSON from YAML and in errors
   * @throws WorkflowYamlException when the text cannot be read, as {@link WorkflowReader} says
   */
  public static SourceLines of(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return new SourceLines(Codec.lines(text, source));
  }

  /** The 1-based line of the value at {@code pointer} (RFC 6901), or of its nearest ancestor in the text. */
  public int lineOf(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return lines.applyAsInt(pointer);
  }
}

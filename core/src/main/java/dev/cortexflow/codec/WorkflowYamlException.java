package dev.cortexflow.codec;

/**
 * Thrown when a descriptor cannot be read at all: it is not well-formed YAML or JSON, or it is hostile (duplicate
 * keys, alias bombs, custom tags, deep nesting, oversized input, invalid UTF-8) or its top-level value is not a
 * mapping.
 *
 * <p>The message is one line meant for users: the source name, {@code line:column} when known, the problem and the
 * fix, for example {@code deploy.yaml:4:3: duplicate key 'filter'; remove one of them}. It never carries a parser
 * stack trace. A descriptor that parses but has wrongly typed or missing fields does not throw: those become
 * {@link dev.cortexflow.validate.Violation}s in the {@link ReadResult}.
 */
public final class WorkflowYamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its one-line message.
   *
   * @param message the user-facing message
   */
  public WorkflowYamlException(String message) {
    super(message, null, false, false);
  }
}

package dev.cortexflow.codegen;

import java.util.Objects;

/**
 * Code generation failed on one input: the message names the input file (or workflow), the JSON pointer of the
 * offending value inside it and what is wrong, such as
 * {@code integrations.yaml at /namespaces/github/actions/createBranch/inputs/sha: unknown type 'text' (expected
 * string, boolean, integer or enum)}.
 *
 * <p>Fix the input at that place and run the generator again.
 */
public final class CodegenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String pointer;
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param source the input file or workflow the problem is in
   * @param pointer JSON pointer of the offending value in it ({@code ""} for the whole input)
   * @param problem what is wrong, without a trailing full stop
   * @param cause the underlying failure, or {@code null}
   */
  public CodegenException(String source, String pointer, String problem, Throwable cause) {
    super(message(source, pointer, problem), cause);
    this.source = source;
    this.pointer = pointer;
    this.problem = problem;
  }

  /** Creates an exception without an underlying cause; see {@link #CodegenException(String, String, String, Throwable)}. */
  public CodegenException(String source, String pointer, String problem) {
    this(source, pointer, problem, null);
  }

  /** The input file or workflow the problem is in. */
  public String source() {
    return source;
  }

  /** JSON pointer of the offending value in {@link #source()}; {@code ""} means the whole input. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the source and the pointer. */
  public String problem() {
    return problem;
  }

  private static String message(String source, String pointer, String problem) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(problem, "problem");
    return pointer.isEmpty() ? source + ": " + problem : source + " at " + pointer + ": " + problem;
  }
}

package dev.cortexflow.sandbox;

import java.nio.file.Path;

/**
 * Thrown by {@link CortexSandbox#start()} when a file of the data directory cannot be read as a workflow (truncated,
 * not JSON, not an object with a {@code tag}); the message names the file and says what is wrong with it.
 */
public final class DataFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Creates the exception.
   *
   * @param file the data file
   * @param problem what is wrong with it, e.g. {@code Unexpected end-of-input at line 3, column 1}
   * @param cause the parser's exception, or null
   */
  public DataFileException(Path file, String problem, Throwable cause) {
    super("data file '" + file + "' is not a workflow the sandbox wrote: " + problem
        + "; fix it or move it out of the data directory", cause);
    this.file = file;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}

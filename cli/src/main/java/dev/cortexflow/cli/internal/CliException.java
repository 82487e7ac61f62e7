package dev.cortexflow.cli.internal;

/**
 * A failure the command already knows how to explain in one line. The message is printed as is on stderr and the
 * process exits with {@link #exitCode()}.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad usage or unreadable input: exit 2. */
  public static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE, message, null);
  }

  /** Bad usage or unreadable input caused by {@code cause} (shown with --verbose): exit 2. */
  public static CliException usage(String message, Throwable cause) {
    return new CliException(ExitCodes.USAGE, message, cause);
  }

  /** Violations, differences or failed operations: exit 1. */
  public static CliException failure(String message) {
    return new CliException(ExitCodes.FAILURE, message, null);
  }

  /** Violations, differences or failed operations caused by {@code cause}: exit 1. */
  public static CliException failure(String message, Throwable cause) {
    return new CliException(ExitCodes.FAILURE, message, cause);
  }

  /** The server could not be reached or used, as {@code cause} says (shown with --verbose): exit 3. */
  public static CliException service(String message, Throwable cause) {
    return new CliException(ExitCodes.SERVICE, message, cause);
  }

  /** The process exit code. */
  public int exitCode() {
    return exitCode;
  }
}

package dev.cortexflow.cli.internal;

/** The three exit codes every command uses. */
public final class ExitCodes {

  /** Success: nothing wrong, nothing different. */
  public static final int OK = 0;

  /** Violations, differences or failures found. */
  public static final int FAILURE = 1;

  /** Bad usage or unreadable input. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}

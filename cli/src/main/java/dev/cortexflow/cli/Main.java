package dev.cortexflow.cli;

import dev.cortexflow.cli.command.Commands;
import dev.cortexflow.cli.internal.CliContext;

/**
 * The {@code cortexflow} command line. Run {@code cortexflow --help} for the commands; every command takes
 * {@code --help}.
 *
 * <p>Exit codes: see {@code cortexflow --help} (0 success, 1 violations / differences / failures, 2 bad usage or
 * unreadable input, 3 the server could not be reached or used).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits the JVM with the command's exit code.
   *
   * @param args the command line, e.g. {@code validate workflows/}
   */
  public static void main(String[] args) {
    System.exit(run(CliContext.system(), args));
  }

  /**
   * Runs the command line in {@code context} and returns the exit code instead of exiting.
   *
   * @param context the streams, environment and directory to run in
   * @param args the command line
   * @return 0 success, 1 violations / differences / failures, 2 bad usage or unreadable input, 3 the server could
   *     not be reached or used
   */
  public static int run(CliContext context, String... args) {
    try {
      return Commands.commandLineFor(context, args).execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }
}

package dev.cortexflow.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The exit codes every command uses, and their one table: printed as the footer of every {@code --help} and copied
 * in the README (a test checks that both agree with {@link #TABLE}).
 */
public final class ExitCodes {

  /** Success: nothing wrong, nothing different. */
  public static final int OK = 0;

  /** Violations, differences or failures found. */
  public static final int FAILURE = 1;

  /** Bad usage or unreadable input. */
  public static final int USAGE = 2;

  /** The server could not be reached or used. */
  public static final int SERVICE = 3;

  /** Stopped with Ctrl-C (the JVM's exit code for SIGINT). */
  public static final int INTERRUPTED = 130;

  /**
   * One exit code and what it means.
   *
   * @param code the process exit code
   * @param meaning when a command exits with it
   */
  public record Entry(int code, String meaning) {}

  /** Every exit code, in ascending order. */
  public static final List<Entry> TABLE = List.of(
      new Entry(OK, "success: nothing invalid, nothing different, every workflow written, the run completed"),
      new Entry(FAILURE, "differences (diff), violations, failed checks, a workflow the server rejected (400),"
          + " a run that failed or did not end in time"),
      new Entry(USAGE, "invalid input or usage: unknown option, bad value, unreadable file, no API token,"
          + " a malformed URL"),
      new Entry(SERVICE, "the server could not be reached or used: no answer, timeout, 401, 403, 404, 429 after"
          + " retries, 5xx, an unreadable answer"),
      new Entry(INTERRUPTED, "stopped with Ctrl-C (push says what was written)"));

  private static final int HELP_WIDTH = 79;

  private ExitCodes() {}

  /**
   * The table as the footer of {@code --help}: a heading, then each code with its meaning wrapped under itself, so
   * that no line is longer than the 80 columns the help is laid out in.
   */
  public static String[] helpFooter() {
    List<String> lines = new ArrayList<>(List.of("", "Exit codes:"));
    for (Entry entry : TABLE) {
      // padded by hand: String.format would load the locale's number formats into every start
      String code = Integer.toString(entry.code());
      StringBuilder line = new StringBuilder(" ".repeat(Math.max(0, 5 - code.length()))).append(code).append(' ');
      for (String word : entry.meaning().split(" ")) {
        if (line.length() + 1 + word.length() > HELP_WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(" ".repeat(6));
        }
        line.append(' ').append(word);
      }
      lines.add(line.toString());
    }
    return lines.toArray(String[]::new);
  }
}

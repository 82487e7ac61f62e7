package dev.cortexflow.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * How a command talks to its user: results on stdout, errors on stderr, chatter only when not {@code --quiet}, details
 * only with {@code --verbose}. Lines always end in {@code \n}; everything printed is first masked
 * ({@link Secrets#mask(String)}), then has its line endings normalised and its control characters made visible
 * ({@link TerminalText#escape(String)}), in that order, so that a secret is masked whatever characters it holds.
 */
public final class Output {

  private final CliContext context;
  private final Secrets secrets;
  private final boolean quiet;
  private final boolean verbose;
  private final String indent;
  private final LiveLine live;

  /** Output for one command run. */
  public Output(CliContext context, Secrets secrets, boolean quiet, boolean verbose) {
    this(context, secrets, quiet, verbose, "", new LiveLine());
  }

  private Output(CliContext context, Secrets secrets, boolean quiet, boolean verbose, String indent, LiveLine live) {
    this.context = context;
    this.secrets = secrets;
    this.quiet = quiet;
    this.verbose = verbose;
    this.indent = indent;
    this.live = live;
  }

  /** The same output with every stdout line indented by {@code more} spaces more. */
  public Output indented(int more) {
    return new Output(context, secrets, quiet, verbose, indent + " ".repeat(more), live);
  }

  /** A result line: always printed on stdout. */
  public void result(String line) {
    write(context.out(), (line.isEmpty() ? "" : indent + line) + "\n");
  }

  /** Text printed exactly as given on stdout (for whole documents such as YAML). */
  public void raw(String text) {
    write(context.out(), text);
  }

  /** An informational line on stdout, left out with {@code --quiet}. */
  public void info(String line) {
    if (!quiet) {
      result(line);
    }
  }

  /** A detail line on stderr, printed only with {@code --verbose}. */
  public void detail(String line) {
    if (verbose) {
      write(context.err(), line + "\n");
    }
  }

  /** An error line on stderr, always printed. */
  public void error(String line) {
    write(context.err(), line + "\n");
  }

  /** A question on stderr, without a line end, so that the answer is typed after it. */
  public void prompt(String question) {
    write(context.err(), question);
  }

  /** The stack trace of {@code failure} on stderr, only with {@code --verbose}. */
  public void stackTrace(Throwable failure) {
    if (verbose) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      write(context.err(), trace.toString());
    }
  }

  /** A progress display for a long operation. */
  public Progress progress() {
    return new Progress(this, context.interactive() && !quiet, quiet);
  }

  /** Whether {@code --quiet} was given. */
  public boolean quiet() {
    return quiet;
  }

  /** Whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  /** The context the command runs in. */
  public CliContext context() {
    return context;
  }

  /**
   * Shows {@code text} (a wait) on a terminal's progress line, after the progress shown there, until the next
   * progress step replaces it; prints nothing when stdout is no terminal or with {@code --quiet}.
   */
  public void note(String text) {
    if (quiet || !context.interactive()) {
      return;
    }
    synchronized (live) {
      write(context.out(), "\r\033[K", indent + (live.progress.isEmpty() ? text : live.progress + " - " + text));
      live.open = true;
      live.noted = true;
    }
  }

  void redraw(String line) {
    synchronized (live) {
      write(context.out(), "\r\033[K", indent + line);
      live.progress = line;
      live.open = true;
      live.noted = false;
    }
  }

  /** Ends a redrawn line: the last progress step stays, a note after it goes. */
  void endLine() {
    synchronized (live) {
      if (live.open) {
        if (live.progress.isEmpty()) {
          write(context.out(), "\r\033[K", "");
        } else {
          write(context.out(), live.noted ? "\r\033[K" : "", live.noted ? indent + live.progress + "\n" : "\n");
        }
      }
      live.progress = "";
      live.open = false;
      live.noted = false;
    }
  }

  private void write(PrintWriter writer, String text) {
    synchronized (live) {
      if (live.open && live.progress.isEmpty()) {
        // a note shown while no progress was: it goes before anything else is printed
        live.open = false;
        live.noted = false;
        write(context.out(), "\r\033[K", "");
      }
    }
    write(writer, "", text);
  }

  /** The line a terminal redraws, shared by an output and its indented copies. */
  private static final class LiveLine {
    String progress = "";
    boolean open;
    boolean noted;
  }

  // control is the CLI's own terminal control (the redraw prefix), the only one ever printed
  private void write(PrintWriter writer, String control, String text) {
    String safe = TerminalText.escape(secrets.mask(text).replace("\r\n", "\n"));
    synchronized (writer) {
      writer.print(control + safe);
      writer.flush();
    }
  }
}

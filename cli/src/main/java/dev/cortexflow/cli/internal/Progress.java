package dev.cortexflow.cli.internal;

/**
 * Counts the steps of a long operation and shows {@code [37/500] updated deploy-service}: redrawn in place on a
 * terminal, one plain line per step otherwise, nothing with {@code --quiet}. Safe to call from several threads.
 */
public final class Progress {

  private final Output output;
  private final boolean redraw;
  private final boolean silent;
  private int shown;

  Progress(Output output, boolean redraw, boolean silent) {
    this.output = output;
    this.redraw = redraw;
    this.silent = silent;
  }

  /** Shows that step {@code done} of {@code total}, described by {@code text} (e.g. {@code updated x}), finished. */
  public synchronized void step(int done, int total, String text) {
    shown++;
    if (silent) {
      return;
    }
    String line = "[" + done + "/" + total + "] " + text;
    if (redraw) {
      output.redraw(line);
    } else {
      output.result(line);
    }
  }

  /** Ends the progress display (moves a redrawn line's cursor to a fresh line). */
  public synchronized void finish() {
    if (redraw) {
      output.endLine();
    }
  }
}

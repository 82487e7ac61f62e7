package dev.cortexflow.cli.internal;

import dev.cortexflow.client.sync.ProgressListener;
import dev.cortexflow.client.sync.SyncResult;

/**
 * Counts the writes of a push as they begin and end, and shows their progress, so that an interrupted push can say
 * what it did: {@code interrupted: 68 written, 4 in flight; run push again to converge}. Safe to call from several
 * threads.
 */
public final class WriteTally implements ProgressListener {

  private final Progress progress;
  private int started;
  private int written;
  private int failed;
  private boolean interrupted;

  /** A tally that shows each finished write on {@code progress}. */
  public WriteTally(Progress progress) {
    this.progress = progress;
  }

  @Override
  public synchronized void onStart(String tag, int total) {
    started++;
  }

  @Override
  public synchronized void onResult(int done, int total, SyncResult result) {
    if (result.error().isPresent()) {
      failed++;
    } else {
      written++;
    }
    if (!interrupted) {
      progress.step(done, total, result.outcome().verb() + " " + result.tag());
    }
  }

  /**
   * Stops showing progress and returns the line for an interrupted push: what was written, what failed, and what
   * was still in flight. Writes that end after this are counted but not shown, so that this line comes last.
   */
  public synchronized String interrupt() {
    interrupted = true;
    progress.finish();
    return "interrupted: " + written + " written, " + (failed == 0 ? "" : failed + " failed, ")
        + (started - written - failed) + " in flight; run push again to converge";
  }
}

package dev.cortexflow.client.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps at most {@code limit} requests in any rolling minute: a ring of the last {@code limit} start times; a new
 * request waits until the oldest of them is a minute old. Exact, and fair enough under a few threads.
 */
public final class RequestLimiter {

  private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

  private final long[] starts;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private int next;
  private int count;

  public RequestLimiter(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute " + perMinute + " is not valid: use 1 or more");
    }
    this.starts = new long[perMinute];
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Blocks until one more request fits in the window, then records it. */
  public synchronized void acquire() throws InterruptedException {
    long now = nanoTime.getAsLong();
    if (count == starts.length) {
      long oldest = starts[next];
      long wait = oldest + WINDOW_NANOS - now;
      if (wait > 0) {
        sleeper.sleep(Duration.ofNanos(wait));
        now = nanoTime.getAsLong();
      }
    } else {
      count++;
    }
    starts[next] = now;
    next = (next + 1) % starts.length;
  }
}

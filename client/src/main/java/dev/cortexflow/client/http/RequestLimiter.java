package dev.cortexflow.client.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps at most {@code limit} requests in any rolling window (a minute unless told otherwise): a ring of the last
 * {@code limit} start times; a new request waits until the oldest of them is a window old. Exact, and fair enough
 * under a few threads.
 */
public final class RequestLimiter {

  private final long windowNanos;
  private final long[] starts;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private int next;
  private int count;

  /** At most {@code perMinute} requests in any rolling minute. */
  public RequestLimiter(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this(perMinute, Duration.ofMinutes(1), nanoTime, sleeper);
  }

  /** At most {@code limit} requests in any rolling {@code window}. */
  public RequestLimiter(int limit, Duration window, LongSupplier nanoTime, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("requestsPerMinute " + limit + " is not valid: use 1 or more");
    }
    this.windowNanos = window.toNanos();
    this.starts = new long[limit];
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Blocks until one more request fits in the window, then records it. */
  public synchronized void acquire() throws InterruptedException {
    long now = nanoTime.getAsLong();
    if (count == starts.length) {
      long oldest = starts[next];
      long wait = oldest + windowNanos - now;
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

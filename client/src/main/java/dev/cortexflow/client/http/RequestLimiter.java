package dev.cortexflow.client.http;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Keeps at most {@code limit} requests in any rolling window (a minute unless told otherwise) as the server counts
 * them: by their arrival, with both ends of the window counted.
 *
 * <p>The client cannot see when a request arrives, only that it arrives after it was sent and before its answer
 * (or failure) is in. So the limiter keeps the end time of the last {@code limit} requests, and request {@code n}
 * is sent only more than a window (and a millisecond, the finest clock a server counts with) after every request
 * up to {@code n - limit} ended. Two requests {@code limit} apart can then never arrive within one window, whatever
 * the latency of either. Permits are handed out in order, so a request waiting for the limit holds back the
 * requests after it; the end of a request never waits.
 */
public final class RequestLimiter {

  /** Beyond the window, so that a server counting in whole milliseconds sees the window passed. */
  static final long MARGIN_NANOS = 1_000_000L;

  private final int limit;
  private final Duration window;
  private final long windowNanos;
  private final long[] ends;
  private final boolean[] open;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Object order = new Object();
  private int next;
  private int used;
  private boolean full;
  private long latestEnd;

  /** At most {@code perMinute} requests in any rolling minute. */
  public RequestLimiter(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this(perMinute, Duration.ofMinutes(1), nanoTime, sleeper);
  }

  /** At most {@code limit} requests in any rolling {@code window}. */
  public RequestLimiter(int limit, Duration window, LongSupplier nanoTime, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("requestsPerMinute " + limit + " is not valid: use 1 or more");
    }
    this.limit = limit;
    this.window = Settings.positive(window, "window");
    this.windowNanos = window.toNanos();
    this.ends = new long[limit];
    this.open = new boolean[limit];
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** The limit as people read it: {@code 1,000/min}, {@code 1,200/5 min}, {@code 10/30 s}. */
  public String describe() {
    String count = String.format(Locale.ROOT, "%,d", limit);
    if (window.equals(Duration.ofMinutes(1))) {
      return count + "/min";
    }
    if (window.toSecondsPart() == 0 && window.toNanosPart() == 0 && window.toMinutes() > 0) {
      return count + "/" + window.toMinutes() + " min";
    }
    return count + "/" + ApiCaller.seconds(window);
  }

  /** The same as {@link #acquire(Consumer)} without being told of the wait. */
  public Permit acquire() throws InterruptedException {
    return acquire(wait -> { });
  }

  /**
   * Blocks until one more request fits in the window; close the permit once its answer (or its failure) is in.
   *
   * @param beforeWait told how long the limiter will wait, before it does; not called when it does not wait
   */
  public Permit acquire(Consumer<Duration> beforeWait) throws InterruptedException {
    synchronized (order) {
      int slot;
      long earliest;
      boolean bounded;
      synchronized (this) {
        slot = next;
        if (used == limit) {
          while (open[slot]) {
            wait();
          }
          latestEnd = full ? Math.max(latestEnd, ends[slot]) : ends[slot];
          full = true;
        } else {
          used++;
        }
        open[slot] = true;
        next = (next + 1) % limit;
        bounded = full;
        earliest = latestEnd + windowNanos + MARGIN_NANOS;
      }
      try {
        long left = bounded ? earliest - nanoTime.getAsLong() : 0;
        if (left > 0) {
          beforeWait.accept(Duration.ofNanos(left));
          do {
            sleeper.sleep(Duration.ofNanos(left));
            left = earliest - nanoTime.getAsLong();
          } while (left > 0);
        }
      } catch (InterruptedException | RuntimeException e) {
        end(slot);
        throw e;
      }
      return new Permit(slot);
    }
  }

  private synchronized void end(int slot) {
    ends[slot] = nanoTime.getAsLong();
    open[slot] = false;
    notifyAll();
  }

  /** One request's place in the window; {@link #close()} records when it ended. */
  public final class Permit implements AutoCloseable {

    private final int slot;
    private boolean closed;

    private Permit(int slot) {
      this.slot = slot;
    }

    /** Records that the request ended (answered or failed); later calls do nothing. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        end(slot);
      }
    }
  }
}

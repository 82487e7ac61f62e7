package dev.cortexflow.sandbox.internal;

import java.time.Duration;
import java.util.OptionalLong;

/** A fixed-window limiter: at most {@code limit} requests per window, then seconds until the window ends. */
final class RateLimiter {
  private final int limit;
  private final long windowNanos;
  private long windowStart = System.nanoTime();
  private int used;

  RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Empty when the request may pass, else the Retry-After in whole seconds (at least 1). */
  synchronized OptionalLong acquire() {
    if (limit <= 0) {
      return OptionalLong.empty();
    }
    long now = System.nanoTime();
    if (now - windowStart >= windowNanos) {
      windowStart = now;
      used = 0;
    }
    if (used < limit) {
      used++;
      return OptionalLong.empty();
    }
    long remaining = windowStart + windowNanos - now;
    return OptionalLong.of(Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L));
  }
}

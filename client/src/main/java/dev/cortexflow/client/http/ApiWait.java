package dev.cortexflow.client.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A wait of the client before it sends a request: for the client's own rate limit, for the server's
 * {@code Retry-After}, or for a backoff before a retry. {@link #text()} says it as a person reads it.
 *
 * @param reason why the client waits
 * @param duration how long
 * @param method the HTTP method of the request that waits, e.g. {@code POST}
 * @param path the path and query of that request
 * @param attempt which attempt of the request comes after the wait (1 for a first attempt)
 * @param maxAttempts the attempts the retry policy allows
 * @param limit the rate limit, as {@link RequestLimiter#describe()} says it (e.g. {@code 1,000/min})
 * @param failedStatus for a retry, the status of the failed attempt (0 when no answer came); empty otherwise
 */
public record ApiWait(Reason reason, Duration duration, String method, String path, int attempt, int maxAttempts,
    String limit, OptionalInt failedStatus) {

  /** Why the client waits. */
  public enum Reason {
    /** The client's limiter holds the request back so that the server's rate limit is never exceeded. */
    RATE_LIMIT,
    /** The server answered 429 with {@code Retry-After}; the request is retried after it. */
    RETRY_AFTER,
    /** An attempt failed with a transient failure; the request is retried after a backoff. */
    BACKOFF
  }

  /** Checks the components. */
  public ApiWait {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(failedStatus, "failedStatus");
  }

  /** Whether the request is sent again after this wait (a {@code Retry-After} or a backoff). */
  public boolean isRetry() {
    return reason != Reason.RATE_LIMIT;
  }

  /** Whether this wait comes before the request's first retry: counting these counts the requests retried. */
  public boolean isFirstRetry() {
    return isRetry() && attempt == 2;
  }

  /**
   * The wait as people read it: {@code waiting 48 s for the API rate limit (1,000/min)}, {@code waiting 5 s
   * (Retry-After) before retrying POST /api/v1/workflows (attempt 2 of 6, after status 429)}, {@code waiting 0.4 s
   * (backoff) before retrying ... (attempt 3 of 6, after no answer)}.
   */
  public String text() {
    String wait = "waiting " + seconds(duration);
    if (reason == Reason.RATE_LIMIT) {
      return wait + " for the API rate limit (" + limit + ")";
    }
    String after = failedStatus.isEmpty() ? ""
        : failedStatus.getAsInt() == 0 ? ", after no answer" : ", after status " + failedStatus.getAsInt();
    return wait + (reason == Reason.RETRY_AFTER ? " (Retry-After)" : " (backoff)") + " before retrying " + method
        + " " + path + " (attempt " + attempt + " of " + maxAttempts + after + ")";
  }

  /**
   * A wait as people read it, rounded up: whole seconds from 10 s on ({@code 48 s}), tenths below
   * ({@code 0.4 s}, {@code 5 s}).
   */
  public static String seconds(Duration duration) {
    BigDecimal s = new BigDecimal(duration.toNanos()).movePointLeft(9);
    int scale = s.compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
    BigDecimal rounded = s.setScale(scale, RoundingMode.CEILING);
    return (rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString()) + " s";
  }

  @Override
  public String toString() {
    return text();
  }
}

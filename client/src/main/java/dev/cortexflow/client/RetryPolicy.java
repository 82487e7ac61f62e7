package dev.cortexflow.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link CortexClient} retries transient failures.
 *
 * <p>A 429 waits the server's {@code Retry-After} (header, else the body's {@code retryAfter}, else
 * {@code initialBackoff}) and retries. 5xx, 408 and lost connections wait an exponential backoff with full jitter:
 * attempt {@code n} waits a random time up to {@code min(maxBackoff, initialBackoff * 2^(n-1))}. Requests that are
 * not safe to repeat (starting a run, callbacks) are retried only after 429, which the server did not process.
 *
 * @param maxAttempts attempts in total, at least 1 (1 means no retry)
 * @param initialBackoff the first backoff ceiling
 * @param maxBackoff the largest backoff ceiling
 * @param maxRetryAfter the longest {@code Retry-After} the client waits; a longer one surfaces the 429 at once
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  /** Checks the components. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is not valid: use 1 or more");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
  }

  /** 6 attempts, backoff from 250 ms up to 8 s, {@code Retry-After} honoured up to 2 minutes. */
  public static RetryPolicy standard() {
    return new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofMinutes(2));
  }

  /** One attempt, never retried. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** This policy with {@code maxAttempts} changed. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter);
  }
}

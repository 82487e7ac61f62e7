package dev.cortexflow.client.http;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.RetryPolicy;
import feign.FeignException;
import feign.RetryableException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs one API call: waits for the rate limiter, retries transient failures by the policy, parses the body, and
 * makes sure that nothing but {@link CortexApiException} leaves.
 */
public final class ApiCaller {

  private final String baseUrl;
  private final RetryPolicy policy;
  private final RequestLimiter limiter;
  private final Sleeper sleeper;
  private final Random random;
  private final Redactor redactor;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final LongSupplier nanoTime;
  private final ApiWaitListener listener;

  /**
   * @param baseUrl named in the messages of connection failures
   * @param limiter asked before every attempt, retries included
   * @param random the jitter of the backoff
   * @param redactor applied to every text taken from a response or an exception
   * @param connectTimeout named when a connection cannot be made in time
   * @param readTimeout named when an answer does not come in time
   * @param nanoTime the clock the time a failed request took is measured with
   * @param listener told of every wait before it starts
   */
  public ApiCaller(String baseUrl, RetryPolicy policy, RequestLimiter limiter, Sleeper sleeper, Random random,
      Redactor redactor, Duration connectTimeout, Duration readTimeout, LongSupplier nanoTime,
      ApiWaitListener listener) {
    this.baseUrl = baseUrl;
    this.nanoTime = nanoTime;
    this.listener = listener;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.policy = policy;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.random = random;
    this.redactor = redactor;
  }

  /**
   * Calls {@code http} and parses its body.
   *
   * @param repeatable whether the request may be sent again after a failure the server may have half-processed
   *     (5xx, lost connection); 429 is always retried because the server did not process the request
   */
  public <T> T call(String method, String path, boolean repeatable, Supplier<String> http, Function<String, T> parse) {
    String body = send(method, path, repeatable, http);
    try {
      return parse.apply(body);
    } catch (IllegalArgumentException e) {
      throw new CortexApiException.MalformedResponse(200, method, path, redactor.redact(body),
          redactor.redact(e.getMessage()));
    }
  }

  /** Calls {@code http} for its side effect only. */
  public void run(String method, String path, boolean repeatable, Runnable http) {
    send(method, path, repeatable, () -> {
      http.run();
      return "";
    });
  }

  private String send(String method, String path, boolean repeatable, Supplier<String> http) {
    long start = nanoTime.getAsLong();
    for (int attempt = 1; ; attempt++) {
      CortexApiException failure;
      int next = attempt;
      try {
        RequestLimiter.Permit permit = limiter.acquire(wait -> listener.onWait(new ApiWait(
            ApiWait.Reason.RATE_LIMIT, wait, method, path, next, policy.maxAttempts(), limiter.describe(),
            OptionalInt.empty())));
        try {
          return http.get();
        } finally {
          permit.close(); // the limit counts a request from its end: the answer, or the failure, is in
        }
      } catch (CortexApiException e) {
        failure = e;
      } catch (RetryableException e) {
        failure = unreachable(method, path, e);
      } catch (FeignException e) {
        failure = new CortexApiException.Unreachable(method, path,
            "response from '" + baseUrl + "' could not be read: " + describe(e.getCause()), false, e.getCause());
      } catch (InterruptedException e) {
        throw interrupted(method, path);
      }
      if (attempt >= policy.maxAttempts() || !shouldRetry(failure, repeatable)) {
        throw attempted(failure, attempt, start);
      }
      Duration wait = delay(failure, attempt);
      if (wait == null) {
        throw attempted(failure, attempt, start);
      }
      boolean waitedForServer = failure instanceof CortexApiException.RateLimited limited
          && !limited.retryAfter().isZero();
      listener.onWait(new ApiWait(waitedForServer ? ApiWait.Reason.RETRY_AFTER : ApiWait.Reason.BACKOFF, wait,
          method, path, attempt + 1, policy.maxAttempts(), limiter.describe(), OptionalInt.of(failure.status())));
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        throw interrupted(method, path);
      }
    }
  }

  private CortexApiException attempted(CortexApiException failure, int attempts, long start) {
    return attempts == 1 ? failure
        : failure.withAttempts(attempts, Duration.ofNanos(nanoTime.getAsLong() - start));
  }

  private static boolean shouldRetry(CortexApiException failure, boolean repeatable) {
    return failure instanceof CortexApiException.RateLimited || (repeatable && failure.isTransient());
  }

  /** The wait before the next attempt, or null when the server asks for longer than the policy allows. */
  private Duration delay(CortexApiException failure, int attempt) {
    if (failure instanceof CortexApiException.RateLimited limited && !limited.retryAfter().isZero()) {
      return limited.retryAfter().compareTo(policy.maxRetryAfter()) <= 0 ? limited.retryAfter() : null;
    }
    long ceiling = ceilingMillis(attempt);
    return Duration.ofMillis(ceiling == 0 ? 0 : (long) (random.nextDouble() * ceiling));
  }

  private long ceilingMillis(int retry) {
    long initial = policy.initialBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    if (initial <= 0) {
      return 0;
    }
    int shift = Math.min(retry - 1, 30);
    long value = initial << shift;
    return value < initial ? max : Math.min(value, max);
  }

  private CortexApiException unreachable(String method, String path, RetryableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ConnectException) {
      return new CortexApiException.Unreachable(method, path,
          "cannot connect to '" + baseUrl + "': connection refused", true, cause);
    }
    if (cause instanceof SocketTimeoutException timeout) {
      // HttpURLConnection says "Connect timed out" or "Read timed out"; either way the server may come back
      return isConnectTimeout(timeout)
          ? new CortexApiException.Unreachable(method, path, "cannot connect to '" + baseUrl
              + "' within the connect timeout of " + seconds(connectTimeout), false, cause)
          : new CortexApiException.Unreachable(method, path, "no answer from '" + baseUrl
              + "' within the read timeout of " + seconds(readTimeout), false, cause);
    }
    if (cause instanceof HttpTimeoutException timeout) {
      // java.net.http (the Cloudflare client) has its own timeout exceptions
      return timeout instanceof HttpConnectTimeoutException
          ? new CortexApiException.Unreachable(method, path, "cannot connect to '" + baseUrl
              + "' within the connect timeout of " + seconds(connectTimeout), false, cause)
          : new CortexApiException.Unreachable(method, path, "no answer from '" + baseUrl
              + "' within the read timeout of " + seconds(readTimeout), false, cause);
    }
    if (cause instanceof UnknownHostException) {
      return new CortexApiException.Unreachable(method, path,
          "cannot connect to '" + baseUrl + "': unknown host", true, cause);
    }
    return new CortexApiException.Unreachable(method, path,
        "connection to '" + baseUrl + "' failed: " + describe(cause), false, cause);
  }

  private static boolean isConnectTimeout(SocketTimeoutException timeout) {
    return timeout.getMessage() != null && timeout.getMessage().toLowerCase(Locale.ROOT).contains("connect");
  }

  /** A duration as people read it in a message: {@code 30 s}, {@code 0.3 s}. */
  static String seconds(Duration duration) {
    return new BigDecimal(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
  }

  private String describe(Throwable cause) {
    if (cause == null) {
      return "no response";
    }
    String message = cause.getMessage();
    return redactor.redact(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
  }

  private static CortexApiException interrupted(String method, String path) {
    Thread.currentThread().interrupt();
    return new CortexApiException.Unreachable(method, path, "interrupted", true, null);
  }
}

package dev.cortexflow.client;

import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.client.http.ApiWaitListener;
import dev.cortexflow.client.http.Redactor;
import dev.cortexflow.client.http.RequestLimiter;
import dev.cortexflow.client.http.Settings;
import dev.cortexflow.client.http.Sleeper;
import dev.cortexflow.client.http.Version;
import dev.cortexflow.client.internal.FeignApis;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Configures a {@link CortexClient}. Defaults:
 *
 * <ul>
 *   <li>base URL: environment variable {@code CORTEX_API_URL}, else {@value #DEFAULT_BASE_URL}</li>
 *   <li>token: environment variable {@code CORTEX_API_TOKEN}, read at each request</li>
 *   <li>connect timeout 10 s, read timeout 30 s on every request; a request that times out fails with
 *       {@link CortexApiException.Unreachable} naming the URL and the timeout, and is retried like a lost connection
 *       (never for a run start)</li>
 *   <li>{@link RetryPolicy#standard()}</li>
 *   <li>at most {@value #DEFAULT_REQUESTS_PER_MINUTE} requests in any rolling minute, as the server counts them
 *       (the API's limit)</li>
 *   <li>no {@link #waitListener(ApiWaitListener) wait listener}</li>
 *   <li>User-Agent {@code cortexflow/<version>}</li>
 * </ul>
 *
 * <pre>{@code
 * CortexClient client = CortexClient.builder()
 *     .baseUrl("https://api.getcortexapp.com")
 *     .token(() -> readTokenFile())
 *     .retryPolicy(RetryPolicy.standard().withMaxAttempts(3))
 *     .build();
 * }</pre>
 */
public final class CortexClientBuilder {

  /** Cortex's own API host. */
  public static final String DEFAULT_BASE_URL = "https://api.getcortexapp.com";

  /** How long a request waits for the TCP connection, unless {@link #connectTimeout(Duration)} says otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * How long a request waits for the server to start answering (and between two reads of the answer), unless
   * {@link #readTimeout(Duration)} says otherwise.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The API's documented rate limit. */
  public static final int DEFAULT_REQUESTS_PER_MINUTE = 1000;

  private Function<String, String> env = System::getenv;
  private String baseUrl;
  private Supplier<String> token;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.standard();
  private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
  private String userAgent = "cortexflow/" + Version.current();
  private ClientTime time = ClientTime.SYSTEM;
  // the jitter of retry waits needs no secrecy; a SecureRandom would cost every command start its provider set-up
  private Random random = new Random();
  private ApiWaitListener waitListener = ApiWaitListener.NONE;

  CortexClientBuilder() {}

  /**
   * Sets the base URL, e.g. {@code http://localhost:8080}; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public CortexClientBuilder baseUrl(String url) {
    Objects.requireNonNull(url, "url");
    this.baseUrl = Settings.baseUrl(url);
    return this;
  }

  /** Sets where the API token comes from; the supplier is asked at each request and may return null for none. */
  public CortexClientBuilder token(Supplier<String> token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /** Sets the TCP connect timeout of every request (default {@link #DEFAULT_CONNECT_TIMEOUT}). */
  public CortexClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Settings.positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * Sets how long every request waits for the server to start answering, and between two reads of the answer
   * (default {@link #DEFAULT_READ_TIMEOUT}).
   */
  public CortexClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Settings.positive(timeout, "readTimeout");
    return this;
  }

  /** Sets how transient failures are retried. */
  public CortexClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Sets the most requests sent in any rolling minute (at least 1), as the server counts them: by arrival, both ends
   * of the minute counted. See {@link RequestLimiter}.
   */
  public CortexClientBuilder requestsPerMinute(int limit) {
    this.requestsPerMinute = Settings.atLeastOne(limit, "requestsPerMinute");
    return this;
  }

  /**
   * Sets who is told of every wait before a request (the rate limit, {@code Retry-After}, a backoff before a retry);
   * by default nobody.
   */
  public CortexClientBuilder waitListener(ApiWaitListener listener) {
    this.waitListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Sets the {@code User-Agent} header. */
  public CortexClientBuilder userAgent(String agent) {
    this.userAgent = Objects.requireNonNull(agent, "agent");
    return this;
  }

  CortexClientBuilder environment(Function<String, String> environment) {
    this.env = environment;
    return this;
  }

  CortexClientBuilder time(LongSupplier nanoClock, Sleeper sleeper) {
    this.time = new ClientTime(nanoClock, sleeper);
    return this;
  }

  CortexClientBuilder random(Random source) {
    this.random = source;
    return this;
  }

  /** Builds the client; nothing is sent until the first call. */
  public CortexClient build() {
    String url = baseUrl;
    if (url == null) {
      String fromEnv = env.apply("CORTEX_API_URL");
      url = fromEnv == null || fromEnv.isBlank() ? DEFAULT_BASE_URL : Settings.baseUrl(fromEnv.strip());
    }
    Supplier<String> tokens = token != null ? token : () -> env.apply("CORTEX_API_TOKEN");
    Redactor redactor = new Redactor(tokens);
    FeignApis apis = new FeignApis(url, tokens, userAgent, connectTimeout, readTimeout, redactor);
    RequestLimiter limiter = new RequestLimiter(requestsPerMinute, time.nanoClock(), time.sleeper());
    ApiCaller caller = new ApiCaller(url, retryPolicy, limiter, time.sleeper(), random, redactor, connectTimeout,
        readTimeout, time.nanoClock(), waitListener);
    return new CortexClient(url, apis, caller, time);
  }

  /**
   * Whether {@code url} carries user info ({@code scheme://user:secret@host}), even when it is not a valid URI;
   * {@link #baseUrl(String)} refuses such a URL without repeating it, since the part before {@code @} is usually a
   * password or a token.
   */
  public static boolean hasUserInfo(String url) {
    return Settings.hasUserInfo(url);
  }
}

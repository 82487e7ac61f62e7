package dev.cortexflow.client;

import dev.cortexflow.client.internal.ApiCaller;
import dev.cortexflow.client.internal.FeignApis;
import dev.cortexflow.client.internal.Redactor;
import dev.cortexflow.client.internal.RequestLimiter;
import dev.cortexflow.client.internal.Sleeper;
import dev.cortexflow.client.internal.Version;
import java.net.URI;
import java.security.SecureRandom;
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
 *   <li>at most {@value #DEFAULT_REQUESTS_PER_MINUTE} requests in any rolling minute (the API's limit)</li>
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
  private Random random = new SecureRandom();

  CortexClientBuilder() {}

  /**
   * Sets the base URL, e.g. {@code http://localhost:8080}; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public CortexClientBuilder baseUrl(String url) {
    Objects.requireNonNull(url, "url");
    this.baseUrl = checkUrl(url);
    return this;
  }

  /** Sets where the API token comes from; the supplier is asked at each request and may return null for none. */
  public CortexClientBuilder token(Supplier<String> token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /** Sets the TCP connect timeout of every request (default {@link #DEFAULT_CONNECT_TIMEOUT}). */
  public CortexClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * Sets how long every request waits for the server to start answering, and between two reads of the answer
   * (default {@link #DEFAULT_READ_TIMEOUT}).
   */
  public CortexClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return this;
  }

  /** Sets how transient failures are retried. */
  public CortexClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Sets the most requests sent in any rolling minute (at least 1). */
  public CortexClientBuilder requestsPerMinute(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("requestsPerMinute " + limit + " is not valid: use 1 or more");
    }
    this.requestsPerMinute = limit;
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
      url = fromEnv == null || fromEnv.isBlank() ? DEFAULT_BASE_URL : checkUrl(fromEnv.strip());
    }
    Supplier<String> tokens = token != null ? token : () -> env.apply("CORTEX_API_TOKEN");
    Redactor redactor = new Redactor(tokens);
    FeignApis apis = new FeignApis(url, tokens, userAgent, connectTimeout, readTimeout, redactor);
    RequestLimiter limiter = new RequestLimiter(requestsPerMinute, time.nanoClock(), time.sleeper());
    ApiCaller caller = new ApiCaller(url, retryPolicy, limiter, time.sleeper(), random, redactor, connectTimeout,
        readTimeout);
    return new CortexClient(url, apis, caller, time);
  }

  private static String checkUrl(String url) {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    if (hasUserInfo(trimmed)) {
      // never echo such a URL: the part before '@' is usually a password or a token
      throw new IllegalArgumentException("base URL holds a user name or password (user:secret@host): give the URL"
          + " without it; the API token is sent as a bearer header");
    }
    try {
      URI uri = URI.create(trimmed);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("base URL '" + url + "' is not valid: use http(s)://host[:port]");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base URL '" + url + "' is not valid: use http(s)://host[:port]", e);
    }
    return trimmed;
  }

  /**
   * Whether {@code url} carries user info ({@code scheme://user:secret@host}), even when it is not a valid URI;
   * {@link #baseUrl(String)} refuses such a URL without repeating it, since the part before {@code @} is usually a
   * password or a token.
   */
  public static boolean hasUserInfo(String url) {
    int start = url.indexOf("://");
    int authority = start < 0 ? 0 : start + 3;
    int end = authority;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(authority, end).contains("@");
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " " + d + " is not valid: use a positive duration");
    }
    return d;
  }
}

package dev.cortexflow.withcortex;

import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.client.http.ApiWaitListener;
import dev.cortexflow.client.http.FeignSetup;
import dev.cortexflow.client.http.Redactor;
import dev.cortexflow.client.http.RequestLimiter;
import dev.cortexflow.client.http.Settings;
import dev.cortexflow.client.http.Sleeper;
import dev.cortexflow.client.http.Version;
import dev.cortexflow.withcortex.internal.WithCortexApi;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Configures a {@link WithCortexClient}. Defaults:
 *
 * <ul>
 *   <li>base URL {@value #DEFAULT_BASE_URL}</li>
 *   <li>app id: environment variable {@code WITHCORTEX_APP_ID}</li>
 *   <li>API key: environment variable {@code WITHCORTEX_API_KEY}, read at each request, sent as
 *       {@code Authorization: Bearer}</li>
 *   <li>connect timeout 10 s, read timeout 5 minutes (a run without {@code background} answers when it ends)</li>
 *   <li>{@link RetryPolicy#standard()}</li>
 *   <li>at most {@value #DEFAULT_REQUESTS_PER_MINUTE} requests in any rolling minute (the API's limit per IP)</li>
 *   <li>User-Agent {@code cortexflow/<version>}</li>
 * </ul>
 */
public final class WithCortexClientBuilder {

  /** withcortex.ai's API host. */
  public static final String DEFAULT_BASE_URL = "https://api.withcortex.ai";

  /** The API's documented rate limit: 500 requests per minute per IP address. */
  public static final int DEFAULT_REQUESTS_PER_MINUTE = 500;

  private Function<String, String> env = System::getenv;
  private String baseUrl = DEFAULT_BASE_URL;
  private String appId;
  private Supplier<String> token;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofMinutes(5);
  private RetryPolicy retryPolicy = RetryPolicy.standard();
  private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
  private String userAgent = "cortexflow/" + Version.current();
  private LongSupplier nanoClock = System::nanoTime;
  private Sleeper sleeper = Sleeper.SYSTEM;
  // the jitter of retry waits needs no secrecy; a SecureRandom would cost every command start its provider set-up
  private Random random = new Random();

  WithCortexClientBuilder() {}

  /**
   * Sets the API host, e.g. {@code http://localhost:8080}; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public WithCortexClientBuilder baseUrl(String url) {
    this.baseUrl = Settings.baseUrl(url);
    return this;
  }

  /** Sets the app whose workflows are used ({@code app_id} of every path). */
  public WithCortexClientBuilder appId(String id) {
    this.appId = checkApp(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Sets where the API key comes from; the supplier is asked at each request and may return null for none. */
  public WithCortexClientBuilder token(Supplier<String> source) {
    this.token = Objects.requireNonNull(source, "source");
    return this;
  }

  /** Sets the TCP connect timeout. */
  public WithCortexClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Settings.positive(timeout, "connectTimeout");
    return this;
  }

  /** Sets the timeout for reading a response; a run without {@code background} answers only when it ends. */
  public WithCortexClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Settings.positive(timeout, "readTimeout");
    return this;
  }

  /** Sets how transient failures are retried. */
  public WithCortexClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Sets the most requests sent in any rolling minute (at least 1). */
  public WithCortexClientBuilder requestsPerMinute(int limit) {
    this.requestsPerMinute = Settings.atLeastOne(limit, "requestsPerMinute");
    return this;
  }

  /** Sets the {@code User-Agent} header. */
  public WithCortexClientBuilder userAgent(String agent) {
    this.userAgent = Objects.requireNonNull(agent, "agent");
    return this;
  }

  WithCortexClientBuilder environment(Function<String, String> environment) {
    this.env = environment;
    return this;
  }

  WithCortexClientBuilder time(LongSupplier clock, Sleeper sleep) {
    this.nanoClock = clock;
    this.sleeper = sleep;
    return this;
  }

  WithCortexClientBuilder random(Random source) {
    this.random = source;
    return this;
  }

  /**
   * Builds the client; nothing is sent until the first call.
   *
   * @throws IllegalStateException when no app id is set and {@code WITHCORTEX_APP_ID} is empty
   */
  public WithCortexClient build() {
    String app = appId;
    if (app == null) {
      String fromEnv = env.apply("WITHCORTEX_APP_ID");
      if (fromEnv == null || fromEnv.isBlank()) {
        throw new IllegalStateException("no withcortex.ai app id: call appId(...) or set WITHCORTEX_APP_ID");
      }
      app = checkApp(fromEnv.strip());
    }
    Supplier<String> tokens = token != null ? token : () -> env.apply("WITHCORTEX_API_KEY");
    Redactor redactor = new Redactor(tokens);
    WithCortexApi api = FeignSetup.builder(tokens, userAgent, connectTimeout, readTimeout, redactor,
        "WITHCORTEX_API_KEY").target(WithCortexApi.class, baseUrl);
    RequestLimiter limiter = new RequestLimiter(requestsPerMinute, nanoClock, sleeper);
    ApiCaller caller = new ApiCaller(baseUrl, retryPolicy, limiter, sleeper, random, redactor, connectTimeout,
        readTimeout, nanoClock, ApiWaitListener.NONE);
    String basePath = URI.create(baseUrl).getRawPath();
    return new WithCortexClient(baseUrl, basePath == null ? "" : basePath, app, api, caller);
  }

  static String checkApp(String id) {
    if (!id.matches("[A-Za-z0-9_-]{1,100}")) {
      // the value is not echoed: a key pasted in the wrong place must not reach a log
      throw new IllegalArgumentException("app id of " + id.length() + " characters is not valid: use the app id"
          + " shown in withcortex.ai ([A-Za-z0-9_-])");
    }
    return id;
  }
}

package dev.cortexflow.cloudflare;

import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.client.http.ApiWaitListener;
import dev.cortexflow.client.http.FeignSetup;
import dev.cortexflow.client.http.Redactor;
import dev.cortexflow.client.http.RequestLimiter;
import dev.cortexflow.client.http.Settings;
import dev.cortexflow.client.http.Sleeper;
import dev.cortexflow.client.http.Version;
import dev.cortexflow.cloudflare.internal.CloudflareApi;
import feign.http2client.Http2Client;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Configures a {@link CloudflareWorkflowsClient}. Defaults:
 *
 * <ul>
 *   <li>base URL {@value #DEFAULT_BASE_URL}</li>
 *   <li>account id: environment variable {@code CLOUDFLARE_ACCOUNT_ID}</li>
 *   <li>API token: environment variable {@code CLOUDFLARE_API_TOKEN}, read at each request, sent as
 *       {@code Authorization: Bearer}</li>
 *   <li>connect timeout 10 s, read timeout 60 s</li>
 *   <li>{@link RetryPolicy#standard()}</li>
 *   <li>at most {@value #DEFAULT_REQUESTS} requests in any rolling five minutes (Cloudflare's API limit)</li>
 *   <li>User-Agent {@code cortexflow/<version>}</li>
 * </ul>
 *
 * <pre class="compilable">{@code
 * CloudflareWorkflowsClient cloudflare = CloudflareWorkflowsClient.builder()
 *     .accountId("023e105f4ecef8ad9ca31a8372d0c353")
 *     .token(() -> System.getenv("CLOUDFLARE_API_TOKEN"))
 *     .build();
 * }</pre>
 */
public final class CloudflareWorkflowsClientBuilder {

  /** Cloudflare's API v4 root. */
  public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

  /** Cloudflare's documented limit: requests per {@link #DEFAULT_WINDOW}. */
  public static final int DEFAULT_REQUESTS = 1200;

  /** The window of {@link #DEFAULT_REQUESTS}. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

  private Function<String, String> env = System::getenv;
  private String baseUrl = DEFAULT_BASE_URL;
  private String accountId;
  private Supplier<String> token;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(60);
  private RetryPolicy retryPolicy = RetryPolicy.standard();
  private int requests = DEFAULT_REQUESTS;
  private Duration window = DEFAULT_WINDOW;
  private String userAgent = "cortexflow/" + Version.current();
  private LongSupplier nanoClock = System::nanoTime;
  private Sleeper sleeper = Sleeper.SYSTEM;
  // the jitter of retry waits needs no secrecy; a SecureRandom would cost every command start its provider set-up
  private Random random = new Random();

  CloudflareWorkflowsClientBuilder() {}

  /**
   * Sets the API root, e.g. {@code http://localhost:8080/client/v4}; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public CloudflareWorkflowsClientBuilder baseUrl(String url) {
    this.baseUrl = Settings.baseUrl(url);
    return this;
  }

  /** Sets the account whose Workflows are used ({@code account_id} of every path). */
  public CloudflareWorkflowsClientBuilder accountId(String id) {
    this.accountId = checkAccount(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Sets where the API token comes from; the supplier is asked at each request and may return null for none. */
  public CloudflareWorkflowsClientBuilder token(Supplier<String> source) {
    this.token = Objects.requireNonNull(source, "source");
    return this;
  }

  /** Sets the TCP connect timeout. */
  public CloudflareWorkflowsClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Settings.positive(timeout, "connectTimeout");
    return this;
  }

  /** Sets the timeout for reading a response. */
  public CloudflareWorkflowsClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Settings.positive(timeout, "readTimeout");
    return this;
  }

  /** Sets how transient failures are retried. */
  public CloudflareWorkflowsClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Sets the most requests sent in any rolling {@code per} (at least 1). */
  public CloudflareWorkflowsClientBuilder rateLimit(int limit, Duration per) {
    this.requests = Settings.atLeastOne(limit, "rateLimit");
    this.window = Settings.positive(per, "rateLimit window");
    return this;
  }

  /** Sets the {@code User-Agent} header. */
  public CloudflareWorkflowsClientBuilder userAgent(String agent) {
    this.userAgent = Objects.requireNonNull(agent, "agent");
    return this;
  }

  CloudflareWorkflowsClientBuilder environment(Function<String, String> environment) {
    this.env = environment;
    return this;
  }

  CloudflareWorkflowsClientBuilder time(LongSupplier clock, Sleeper sleep) {
    this.nanoClock = clock;
    this.sleeper = sleep;
    return this;
  }

  CloudflareWorkflowsClientBuilder random(Random source) {
    this.random = source;
    return this;
  }

  /**
   * Builds the client; nothing is sent until the first call.
   *
   * @throws IllegalStateException when no account id is set and {@code CLOUDFLARE_ACCOUNT_ID} is empty
   */
  public CloudflareWorkflowsClient build() {
    String account = accountId;
    if (account == null) {
      String fromEnv = env.apply("CLOUDFLARE_ACCOUNT_ID");
      if (fromEnv == null || fromEnv.isBlank()) {
        throw new IllegalStateException("no Cloudflare account id: call accountId(...) or set CLOUDFLARE_ACCOUNT_ID");
      }
      account = checkAccount(fromEnv.strip());
    }
    Supplier<String> tokens = token != null ? token : () -> env.apply("CLOUDFLARE_API_TOKEN");
    Redactor redactor = new Redactor(tokens);
    // java.net.http, because HttpURLConnection cannot send the PATCH of a status change
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    CloudflareApi api = FeignSetup.builder(new Http2Client(http), tokens, userAgent, connectTimeout, readTimeout,
        redactor, "CLOUDFLARE_API_TOKEN").target(CloudflareApi.class, baseUrl);
    RequestLimiter limiter = new RequestLimiter(requests, window, nanoClock, sleeper);
    ApiCaller caller = new ApiCaller(baseUrl, retryPolicy, limiter, sleeper, random, redactor, connectTimeout,
        readTimeout, nanoClock, ApiWaitListener.NONE);
    String basePath = URI.create(baseUrl).getRawPath();
    return new CloudflareWorkflowsClient(baseUrl, basePath == null ? "" : basePath, account, api, caller);
  }

  private static String checkAccount(String id) {
    if (!id.matches("[A-Za-z0-9]{1,64}")) {
      // the value is not echoed: a token pasted in the wrong place must not reach a log
      throw new IllegalArgumentException("account id of " + id.length() + " characters is not valid: use the 32"
          + " hexadecimal characters shown in the Cloudflare dashboard");
    }
    return id;
  }
}

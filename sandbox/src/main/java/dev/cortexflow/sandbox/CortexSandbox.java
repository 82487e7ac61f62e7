package dev.cortexflow.sandbox;

import dev.cortexflow.sandbox.internal.Directory;
import dev.cortexflow.sandbox.internal.SandboxConfig;
import dev.cortexflow.sandbox.internal.SandboxServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A local stand-in for the Cortex Workflows API, listening on the loopback interface only.
 *
 * <p>It serves the same paths, methods and status codes as Cortex: {@code GET/POST /api/v1/workflows}
 * (paging, {@code includeActions}, {@code searchQuery}), {@code GET/DELETE /api/v1/workflows/{tagOrId}},
 * {@code POST /api/v1/workflows/validate}, runs ({@code POST /api/v1/workflows/{tagOrId}/runs},
 * {@code GET /api/v1/workflows/{tagOrId}/runs/{runId}}), the async-block callback
 * ({@code POST /api/v1/workflows/{tagOrId}/callback/{callbackId}}), and read-only Teams
 * ({@code GET /api/v1/teams}, {@code GET /api/v1/teams/{tagOrId}}) and Secrets ({@code GET /api/v1/secrets},
 * {@code GET /api/v1/secrets/{tagOrId}}). Workflow bodies are JSON or YAML by {@code Content-Type} and
 * {@code Accept}; errors are {@code ErrorResponse} JSON; 429 is {@code application/problem+json} with
 * {@code Retry-After}. Every request needs {@code Authorization: Bearer <token>}.
 *
 * <p><b>Runs</b> are executed by the run engine ({@code cortexflow-engine}): jq, CEL, JavaScript and Mustache
 * are evaluated as in a local {@code RunEngine} run, and nothing ever leaves the machine. A run starts at the root
 * block and follows {@code outgoingActions}; a branch takes its first path whose CEL condition is true, else the
 * fallback, else that path ends; each block gets a status ({@code COMPLETED}, {@code PAUSED}, {@code FAILED}, or
 * {@code SKIPPED} when the run ended without reaching it). What the other side answers, per block type:
 * <ul>
 *   <li>{@code HTTP_REQUEST}: status 200, body {@code {}}, no headers; the rendered request is recorded
 *       ({@code method}, {@code url}, {@code headers}, {@code payload}).
 *   <li>{@code ADVANCED_HTTP_REQUEST}, {@code SLACK}, {@code AWS} and the other integration blocks: outputs
 *       {@code {}}; the schema fields, rendered, are recorded as the request.
 *   <li>{@code HTTP_REQUEST_ASYNC}: 202, then the block and the run are {@code PAUSED} and the run lists the
 *       block's {@code callbackId}; a callback with {@code SUCCESS} continues the run with its {@code response}
 *       at {@code outputs.result.output}, {@code FAILURE} fails it with the callback's message, {@code UPDATE}
 *       keeps it paused. With {@code timeoutInSeconds}, a block still waiting that long after it paused (by the
 *       builder's {@link Builder#clock clock}) fails the run when the run is next looked at or called back; a
 *       later callback is then 406, as for any block that is not waiting. Cortex does not publish its own wording
 *       for this failure; the sandbox says {@code no callback within N seconds (timeoutInSeconds)}.
 *   <li>{@code USER_INPUT}: each field takes the {@code initialContext} value of the same key, else its
 *       {@code VALUE} override, else its {@code defaultValue}; a required field with none fails the run.
 *       {@code SCAFFOLDER}: its {@code VALUE} overrides.
 *   <li>{@code MANUAL_APPROVAL}: approved at once.
 * </ul>
 * A failed run's {@code failureMessage} is the failing block's message (a jq {@code error("m")} gives {@code m}).
 * Variables start from their defaults, overridden by same-named top-level {@code initialContext} keys.
 * Run statuses are {@code RUNNING}, {@code PAUSED}, {@code COMPLETED} and {@code FAILED}. Runs are kept in
 * memory only.
 *
 * <p>Identifiers are deterministic: a workflow's CID derives from its tag, runs are numbered
 * {@code run-000001}, {@code run-000002}, …
 *
 * <p>Instances are thread-safe. Use try-with-resources or {@link #close()}.
 */
public final class CortexSandbox implements AutoCloseable {
  private final SandboxConfig config;
  private volatile SandboxServer server;

  private CortexSandbox(SandboxConfig config) {
    this.config = config;
  }

  /**
   * A builder for a sandbox; {@code builder().build().start()} starts one on a free port.
   *
   * @return a new builder with default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a sandbox with default options (free port, in memory, any bearer token) and returns it.
   *
   * @return the started sandbox
   */
  public static CortexSandbox startDefault() {
    return builder().build().start();
  }

  /**
   * Binds the port and starts serving; returns this sandbox.
   *
   * @return this sandbox, started
   * @throws IllegalStateException when already started
   * @throws java.io.UncheckedIOException when the port cannot be bound or the data directory not read
   * @throws DataFileException when a file of the data directory is not a workflow (truncated, not JSON, no tag)
   */
  public synchronized CortexSandbox start() {
    if (server != null) {
      throw new IllegalStateException("sandbox already started at " + server.url());
    }
    server = SandboxServer.start(config);
    return this;
  }

  /**
   * The base URL, e.g. {@code http://127.0.0.1:50123}, without a trailing slash.
   *
   * @return the base URL
   * @throws IllegalStateException when not started
   */
  public String url() {
    return running().url();
  }

  /**
   * The base URL as a {@link URI}.
   *
   * @return the base URL
   * @throws IllegalStateException when not started
   */
  public URI uri() {
    return URI.create(url());
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the bound port
   * @throws IllegalStateException when not started
   */
  public int port() {
    return running().port();
  }

  /**
   * How many requests arrived so far, including rejected and dropped ones.
   *
   * @return the number of requests so far
   */
  public long requestCount() {
    return running().requestCount();
  }

  /**
   * The requests answered so far in arrival order (at most 100,000 are kept).
   *
   * @return an immutable copy of the recorded requests
   */
  public List<RecordedRequest> recordedRequests() {
    return running().recordedRequests();
  }

  /** Forgets the recorded requests; {@link #requestCount()} and fault numbering go on counting. */
  public void clearRecordedRequests() {
    running().clearRecordedRequests();
  }

  /**
   * How many workflows are stored.
   *
   * @return the number of stored workflows
   */
  public int workflowCount() {
    return running().workflowCount();
  }

  /**
   * Blocks the calling thread until {@link #close()} is called from elsewhere (for a command-line server).
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void awaitClose() throws InterruptedException {
    running().awaitClosed();
  }

  /** Stops serving at once and frees the port; stored files stay. Calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  public String toString() {
    SandboxServer current = server;
    return "CortexSandbox[" + (current == null ? "not started" : current.url()) + "]";
  }

  private SandboxServer running() {
    SandboxServer current = server;
    if (current == null) {
      throw new IllegalStateException("sandbox not started: call start() first");
    }
    return current;
  }

  /**
   * Options of a sandbox. Every option has a default: a free port, memory only, any non-empty bearer
   * token, no rate limit, no faults, no teams or secrets. A later call of the same option replaces the
   * earlier value. Builders are single-use and not thread-safe.
   */
  public static final class Builder {
    private int port;
    private Optional<Path> dataDirectory = Optional.empty();
    private Optional<String> token = Optional.empty();
    private int rateLimit;
    private Duration rateWindow = Duration.ofMinutes(1);
    private final Set<Integer> fail = new TreeSet<>();
    private int failEvery;
    private final Set<Integer> drop = new TreeSet<>();
    private int dropEvery;
    private final Set<Integer> lose = new TreeSet<>();
    private int loseEvery;
    private final Set<Integer> throttle = new TreeSet<>();
    private int throttleEvery;
    private int retryAfterSeconds = 1;
    private Duration delay = Duration.ZERO;
    private final Directory.Builder directory = new Directory.Builder();
    private int runningLookups;
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private int threads = 4;

    private Builder() {}

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Persists workflows in {@code directory}, one {@code <tag>.json} file each, written atomically and
     * loaded on start. The directory is created when missing.
     *
     * @param directory the folder holding the workflow files
     * @return this builder
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Optional.of(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Accepts only this bearer token: no token is answered 401, another token 403. Without this option
     * any non-empty token is accepted.
     *
     * @param token the accepted token, never printed
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = Optional.of(token);
      return this;
    }

    /**
     * Answers 429 with {@code Retry-After} once more than {@code maxRequests} arrive within one {@code window}.
     *
     * @param maxRequests requests allowed per window, at least 1
     * @param window the length of a window, positive
     * @return this builder
     */
    public Builder rateLimit(int maxRequests, Duration window) {
      if (maxRequests < 1) {
        throw new IllegalArgumentException("maxRequests must be at least 1, got " + maxRequests);
      }
      Objects.requireNonNull(window, "window");
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("window must be positive, got " + window);
      }
      this.rateLimit = maxRequests;
      this.rateWindow = window;
      return this;
    }

    /**
     * Answers these requests (1-based arrival numbers, counting every request) with 500.
     *
     * @param requestNumbers 1-based request numbers
     * @return this builder
     */
    public Builder failRequests(int... requestNumbers) {
      addNumbers(fail, "failRequests", requestNumbers);
      return this;
    }

    /**
     * Answers every {@code n}-th request (n, 2n, …) with 500.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder failEveryNthRequest(int n) {
      this.failEvery = everyNth("failEveryNthRequest", n);
      return this;
    }

    /**
     * Closes the connection of these requests without any answer.
     *
     * @param requestNumbers 1-based request numbers
     * @return this builder
     */
    public Builder dropConnections(int... requestNumbers) {
      addNumbers(drop, "dropConnections", requestNumbers);
      return this;
    }

    /**
     * Closes the connection of every {@code n}-th request without any answer.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder dropEveryNthRequest(int n) {
      this.dropEvery = everyNth("dropEveryNthRequest", n);
      return this;
    }

    /**
     * Handles these requests as usual (a write is stored) but closes the connection instead of
     * answering, as when a response is lost on the way back; clients that retry must not duplicate.
     *
     * @param requestNumbers 1-based request numbers
     * @return this builder
     */
    public Builder loseResponses(int... requestNumbers) {
      addNumbers(lose, "loseResponses", requestNumbers);
      return this;
    }

    /**
     * Handles every {@code n}-th request and then closes the connection instead of answering.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder loseEveryNthResponse(int n) {
      this.loseEvery = everyNth("loseEveryNthResponse", n);
      return this;
    }

    /**
     * Answers these requests with 429 and {@code Retry-After: }{@link #retryAfterSeconds(int)}.
     *
     * @param requestNumbers 1-based request numbers
     * @return this builder
     */
    public Builder throttleRequests(int... requestNumbers) {
      addNumbers(throttle, "throttleRequests", requestNumbers);
      return this;
    }

    /**
     * Answers every {@code n}-th request with 429.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder throttleEveryNthRequest(int n) {
      this.throttleEvery = everyNth("throttleEveryNthRequest", n);
      return this;
    }

    /**
     * The {@code Retry-After} of injected 429s, in seconds; default 1, 0 allowed.
     *
     * @param seconds 0 or more
     * @return this builder
     */
    public Builder retryAfterSeconds(int seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("seconds must not be negative, got " + seconds);
      }
      this.retryAfterSeconds = seconds;
      return this;
    }

    /**
     * Waits this long before handling each request.
     *
     * @param delay zero or positive
     * @return this builder
     */
    public Builder delay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, got " + delay);
      }
      this.delay = delay;
      return this;
    }

    /**
     * Adds a team (a {@code CORTEX} team without members) whose id derives from its tag.
     *
     * @param tag the team tag
     * @param name the display name
     * @return this builder
     */
    public Builder team(String tag, String name) {
      directory.team(requireText(tag, "tag"), requireText(name, "name"), Optional.empty(), Optional.empty());
      return this;
    }

    /**
     * Adds a team with a given id, e.g. one copied from a real workspace.
     *
     * @param tag the team tag
     * @param name the display name
     * @param id the team id
     * @return this builder
     */
    public Builder team(String tag, String name, String id) {
      directory.team(
          requireText(tag, "tag"), requireText(name, "name"), Optional.of(requireText(id, "id")), Optional.empty());
      return this;
    }

    /**
     * Adds a secret (only its tag and name; values never exist in the sandbox).
     *
     * @param tag the secret tag, as in {@code context.secrets.<tag>}
     * @param name the display name
     * @return this builder
     */
    public Builder secret(String tag, String name) {
      directory.secret(requireText(tag, "tag"), requireText(name, "name"), Optional.empty());
      return this;
    }

    /**
     * Adds the teams and secrets of a JSON or YAML file (YAML unless the name ends in {@code .json}):
     * <pre>
     * teams:   [{tag: platform, name: Platform team, id: optional, description: optional}]
     * secrets: [{tag: cortex_api_key, name: Cortex API key, id: optional}]
     * </pre>
     *
     * @throws java.io.UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when an entry has no tag
     * @param file a JSON or YAML file
     * @return this builder
     */
    public Builder seedFile(Path file) {
      directory.seedFile(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * The clock that async-block timeouts are measured by; default the system clock. A test that moves a clock
     * of its own sees a paused block with {@code timeoutInSeconds} fail once that many seconds have passed
     * without a callback.
     *
     * @param clock any clock
     * @return this builder
     */
    public Builder clock(java.time.Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes each new run report {@code RUNNING} for this many run look-ups before it proceeds, so that
     * clients can test their polling; default 0 (a run proceeds as soon as it starts).
     *
     * @param lookups 0 or more
     * @return this builder
     */
    public Builder runningLookups(int lookups) {
      if (lookups < 0) {
        throw new IllegalArgumentException("lookups must not be negative, got " + lookups);
      }
      this.runningLookups = lookups;
      return this;
    }

    /**
     * How many requests are handled at once; default 4. Requests are read on a separate bounded pool, and a client
     * gets 5 s to send a request's line and headers (the JDK property {@code sun.net.httpserver.maxReqTime}, when
     * set, overrides it), so that clients that send slowly hold up neither the handlers nor each other.
     *
     * @param threads 1 to 64
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be between 1 and 64, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * A sandbox with these options, not started yet.
     *
     * @return the sandbox; call {@link CortexSandbox#start()} to serve
     */
    public CortexSandbox build() {
      SandboxConfig.Faults faults =
          new SandboxConfig.Faults(
              Set.copyOf(fail), failEvery, Set.copyOf(drop), dropEvery, Set.copyOf(lose), loseEvery,
              Set.copyOf(throttle), throttleEvery,
              retryAfterSeconds, delay);
      return new CortexSandbox(
          new SandboxConfig(
              port, dataDirectory, token, rateLimit, rateWindow, faults, directory.build(), runningLookups,
              threads, clock));
    }

    private static void addNumbers(Set<Integer> into, String method, int... numbers) {
      for (int n : numbers) {
        if (n < 1) {
          throw new IllegalArgumentException(method + "(" + n + "): request numbers start at 1 (the first request"
              + " the sandbox receives); give 1 or more");
        }
        into.add(n);
      }
    }

    private static int everyNth(String method, int n) {
      if (n < 1) {
        throw new IllegalArgumentException(method + "(" + n + "): n counts requests and starts at 1 (1 means every"
            + " request); give 1 or more");
      }
      return n;
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}

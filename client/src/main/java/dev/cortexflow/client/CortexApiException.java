package dev.cortexflow.client;

import dev.cortexflow.client.http.ApiWait;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one unchecked exception family thrown by {@link CortexClient}.
 *
 * <p>Every instance names the HTTP status (0 when no response arrived), the method and the path of the failed
 * request, and carries the response body truncated to {@value #MAX_BODY} characters with the API token redacted.
 * Callers catch the subtypes they act on:
 *
 * <pre>{@code
 * try {
 *   client.deleteWorkflow("deploy-service");
 * } catch (CortexApiException.NotFound e) {
 *   // already gone
 * }
 * }</pre>
 *
 * <p>The message follows one shape: {@code [404] DELETE /api/v1/workflows/deploy-service: Workflow not found};
 * when no response arrived, without a status: {@code GET /api/v1/workflows?includeActions=true&page=0&pageSize=1000:
 * cannot connect to 'https://api.example.com': connection refused}. The path is the one actually requested, query
 * included. When the request was sent more than once, the message ends with the attempts and the time they took:
 * {@code [500] POST /api/v1/workflows: Internal error (after 6 attempts over 17 s)}.
 */
public abstract sealed class CortexApiException extends RuntimeException {

  /** How many characters of a response body an exception keeps. */
  public static final int MAX_BODY = 500;

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final String body;
  private int attempts = 1;
  private Duration elapsed = Duration.ZERO;

  private CortexApiException(int status, String method, String path, String body, String detail, Throwable cause) {
    super(format(status, method, path, detail), cause);
    this.status = status;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.body = truncate(Objects.requireNonNull(body, "body"));
  }

  /** The HTTP status code of the response, or 0 when the server could not be reached. */
  public int status() {
    return status;
  }

  /** The HTTP method of the failed request, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** The path and query of the failed request, e.g. {@code /api/v1/workflows/deploy-service}. */
  public String path() {
    return path;
  }

  /** The response body, truncated to {@value #MAX_BODY} characters, with the API token redacted; empty when none. */
  public String body() {
    return body;
  }

  /** How many times the request was sent before it failed for good; 1 when it was not retried. */
  public int attempts() {
    return attempts;
  }

  /** How long the attempts took, from the first one's start to the last one's failure; zero when not retried. */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * Records that this failure ended {@code attempts} attempts over {@code elapsed}, for the client's retry loop
   * (as {@link Throwable#initCause} does for a cause); the message then ends with
   * {@code (after 6 attempts over 17 s)}.
   *
   * @return this exception
   * @throws IllegalStateException when the attempts were recorded already
   * @throws IllegalArgumentException when {@code attempts} is below 2
   */
  public CortexApiException withAttempts(int attempts, Duration elapsed) {
    if (attempts < 2) {
      throw new IllegalArgumentException("attempts " + attempts + " is not valid: use 2 or more");
    }
    if (this.attempts != 1) {
      throw new IllegalStateException("the attempts of this failure are recorded already");
    }
    this.attempts = attempts;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    return this;
  }

  /** The message of the shape described on the class, with the attempts when there were several. */
  @Override
  public String getMessage() {
    return attempts == 1 ? super.getMessage()
        : super.getMessage() + " (after " + attempts + " attempts over " + ApiWait.seconds(elapsed) + ")";
  }

  /** Whether retrying the same request later may succeed (429, 408, 5xx and lost connections). */
  public boolean isTransient() {
    return false;
  }

  /**
   * Whether the server could not be reached or used for this request: no answer, 401, 403, 404, 429 once retries
   * are exhausted, 5xx, any other unexpected status or an unreadable answer. False only for {@link
   * DefinitionRejected} (400), where the server worked and refused what it was sent. Command lines exit with a code
   * of its own for service failures, so that a CI gate can tell an outage from a rejected workflow.
   */
  public boolean isServiceFailure() {
    return true;
  }

  private static String format(int status, String method, String path, String detail) {
    return (status == 0 ? "" : "[" + status + "] ") + method + " " + path + ": " + detail;
  }

  static String truncate(String text) {
    return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "...";
  }

  /** 404: the workflow, run, team or secret does not exist. */
  public static final class NotFound extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code detail} is the message's last part. */
    public NotFound(String method, String path, String body, String detail) {
      super(404, method, path, body, detail, null);
    }
  }

  /** 401: the token is missing, malformed or expired. */
  public static final class Unauthorized extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code detail} is the message's last part. */
    public Unauthorized(String method, String path, String body, String detail) {
      super(401, method, path, body, detail, null);
    }
  }

  /** 403: the token lacks a permission (e.g. {@code Edit workflows}) or the feature is disabled. */
  public static final class Forbidden extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code detail} is the message's last part. */
    public Forbidden(String method, String path, String body, String detail) {
      super(403, method, path, body, detail, null);
    }
  }

  /** 429: too many requests; the server asks to wait {@link #retryAfter()}. Thrown once retries are exhausted. */
  public static final class RateLimited extends CortexApiException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    /** Creates the exception; {@code retryAfter} comes from the {@code Retry-After} header or the body. */
    public RateLimited(String method, String path, String body, String detail, Duration retryAfter) {
      super(429, method, path, body, detail, null);
      this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the server asked to wait before the next request. */
    public Duration retryAfter() {
      return retryAfter;
    }

    @Override
    public boolean isTransient() {
      return true;
    }
  }

  /** 400: the server rejected a workflow definition or request body; carries its violations when it sent any. */
  public static final class DefinitionRejected extends CortexApiException {
    private static final long serialVersionUID = 1L;
    private final transient List<ServerViolation> violations;
    private final String serverMessage;

    /** Creates the exception from the server's message and violations (empty when it sent none). */
    public DefinitionRejected(String method, String path, String body, String serverMessage,
        List<ServerViolation> violations) {
      super(400, method, path, body, serverMessage, null);
      this.serverMessage = serverMessage;
      this.violations = List.copyOf(violations);
    }

    /** The server's own message, e.g. {@code Workflow must have exactly one root action}. */
    public String serverMessage() {
      return serverMessage;
    }

    /** The violations the server listed; empty when it sent only a message. */
    public List<ServerViolation> violations() {
      return violations;
    }

    @Override
    public boolean isServiceFailure() {
      return false;
    }
  }

  /** 5xx: the server failed. Thrown once retries are exhausted. */
  public static final class ServerError extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code status} is 500 to 599. */
    public ServerError(int status, String method, String path, String body, String detail) {
      super(status, method, path, body, detail, null);
    }

    @Override
    public boolean isTransient() {
      return true;
    }
  }

  /** Any other status the client does not map to its own type (405, 406, 408, 409, ...). */
  public static final class UnexpectedStatus extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code status}. */
    public UnexpectedStatus(int status, String method, String path, String body, String detail) {
      super(status, method, path, body, detail, null);
    }

    @Override
    public boolean isTransient() {
      return status() == 408;
    }
  }

  /** A success status whose body the client could not read (not the JSON the API documents). */
  public static final class MalformedResponse extends CortexApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code detail} says what was wrong with the body. */
    public MalformedResponse(int status, String method, String path, String body, String detail) {
      super(status, method, path, body, detail, null);
    }
  }

  /**
   * No usable response: the connection was refused, reset or timed out, or the response could not be read.
   * {@link #status()} is 0 and {@link #body()} is empty.
   */
  public static final class Unreachable extends CortexApiException {
    private static final long serialVersionUID = 1L;
    private final boolean refused;

    /** Creates the exception; {@code refused} tells a refused connection (not retried) from a lost one. */
    public Unreachable(String method, String path, String detail, boolean refused, Throwable cause) {
      super(0, method, path, "", detail, cause);
      this.refused = refused;
    }

    @Override
    public boolean isTransient() {
      return !refused;
    }
  }
}

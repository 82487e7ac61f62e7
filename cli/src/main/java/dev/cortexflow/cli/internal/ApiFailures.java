package dev.cortexflow.cli.internal;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.RunTimeoutException;
import java.util.Optional;

/**
 * One-line messages and exit codes for failures of the Cortex API, the same in every command: a server that cannot
 * be reached or used (no answer, 401, 403, 404, 429, 5xx; {@link CortexApiException#isServiceFailure()}) exits 3;
 * a workflow the server refuses (400) and a run that does not end in time exit 1.
 */
public final class ApiFailures {

  /** The hint that ends every message about a rejected or insufficient token. */
  public static final String CHECK_TOKEN = "check CORTEX_API_TOKEN or --token-file";

  private static final String REJECTED = "the API token was rejected";

  private ApiFailures() {}

  /** The CLI failure for {@code failure}, when it comes from the client. */
  public static Optional<CliException> translate(Throwable failure) {
    if (failure instanceof CortexApiException e) {
      String message = message(e);
      return Optional.of(e.isServiceFailure() ? CliException.service(message, e) : CliException.failure(message, e));
    }
    if (failure instanceof RunTimeoutException e) {
      return Optional.of(CliException.failure(e.getMessage(), e));
    }
    return Optional.empty();
  }

  /** The one line for {@code failure}: the client's message, and what to check when the token is the cause. */
  public static String message(CortexApiException failure) {
    String message = failure.getMessage();
    if (failure instanceof CortexApiException.Unauthorized) {
      // the client says "the API token was rejected" when the server gave no reason; say it once
      return message.endsWith(REJECTED) ? message + ": " + CHECK_TOKEN : message + " (" + REJECTED + ": "
          + CHECK_TOKEN + ")";
    }
    if (failure instanceof CortexApiException.Forbidden) {
      return message + " (the API token lacks a permission, or the feature is off: " + CHECK_TOKEN + ")";
    }
    return message;
  }
}

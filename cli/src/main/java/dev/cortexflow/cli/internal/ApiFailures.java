package dev.cortexflow.cli.internal;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.RunTimeoutException;
import java.util.Optional;

/**
 * One-line messages for failures of the Cortex API. Not being able to talk to the server at all (unreachable, 401,
 * 403) is bad input and exits 2; a server that refuses one request exits 1.
 */
public final class ApiFailures {

  private static final String NO_TOKEN = "no API token: set CORTEX_API_TOKEN";

  private ApiFailures() {}

  /** The CLI failure for {@code failure}, when it comes from the client. */
  public static Optional<CliException> translate(Throwable failure) {
    if (failure instanceof CortexApiException.Unauthorized e) {
      // The client already says when no token was sent; "rejected" would then contradict it.
      return Optional.of(CliException.usage(e.getMessage().endsWith(NO_TOKEN)
          ? e.getMessage() + " or give --token-file"
          : e.getMessage() + " (the server rejected the API token: check CORTEX_API_TOKEN or --token-file)", e));
    }
    if (failure instanceof CortexApiException.Forbidden e) {
      return Optional.of(CliException.usage(e.getMessage()
          + " (the server refused the API token or it lacks a permission: check CORTEX_API_TOKEN or --token-file)", e));
    }
    if (failure instanceof CortexApiException.Unreachable e) {
      return Optional.of(CliException.usage(e.getMessage(), e));
    }
    if (failure instanceof CortexApiException e) {
      return Optional.of(CliException.failure(e.getMessage(), e));
    }
    if (failure instanceof RunTimeoutException e) {
      return Optional.of(CliException.failure(e.getMessage(), e));
    }
    return Optional.empty();
  }
}

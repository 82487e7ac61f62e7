package dev.cortexflow.sandbox;

import java.util.Objects;

/**
 * One request the sandbox received, as tests and benchmarks count them. Headers are not recorded, so
 * the API token never appears here.
 *
 * @param number the 1-based arrival number, the one fault injection counts with
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the raw path, e.g. {@code /api/v1/workflows/deploy}
 * @param query the raw query string, empty when there is none
 * @param status the status sent, or 0 when the connection was dropped without an answer
 */
public record RecordedRequest(long number, String method, String path, String query, int status) {

  /**
   * Checks that no part is null.
   *
   * @param number the 1-based arrival number
   * @param method the HTTP method
   * @param path the raw path
   * @param query the raw query string, empty when there is none
   * @param status the status sent, 0 when none was
   */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
  }

  /**
   * Whether this request could change the workspace ({@code POST}, {@code PUT}, {@code PATCH},
   * {@code DELETE}); validate does not count.
   *
   * @return true for writes
   */
  public boolean isWrite() {
    return !method.equals("GET") && !method.equals("HEAD") && !path.endsWith("/workflows/validate");
  }
}

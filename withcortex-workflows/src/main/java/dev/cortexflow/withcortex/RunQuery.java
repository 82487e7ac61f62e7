package dev.cortexflow.withcortex;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET .../runs}: status ({@code status}), origin ({@code origin}) and page size
 * ({@code take}); every page is read.
 */
public record RunQuery(Optional<RunStatus> status, Optional<String> origin, int take) {

  /** The page size the API uses by default. */
  public static final int DEFAULT_TAKE = 100;

  /** Checks the components. */
  public RunQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    if (take < 1) {
      throw new IllegalArgumentException("take " + take + " is not valid: use 1 or more");
    }
  }

  /** Every run, {@value #DEFAULT_TAKE} a page. */
  public static RunQuery all() {
    return new RunQuery(Optional.empty(), Optional.empty(), DEFAULT_TAKE);
  }

  /** Only runs in {@code s} ({@code status}). */
  public RunQuery withStatus(RunStatus s) {
    return new RunQuery(Optional.of(s), origin, take);
  }

  /** Only runs started from {@code o} ({@code origin}), e.g. {@code WORKFLOW}, {@code RECORD}, {@code TEST}. */
  public RunQuery withOrigin(String o) {
    return new RunQuery(status, Optional.of(o), take);
  }

  /** Pages of {@code size} ({@code take}). */
  public RunQuery take(int size) {
    return new RunQuery(status, origin, size);
  }
}

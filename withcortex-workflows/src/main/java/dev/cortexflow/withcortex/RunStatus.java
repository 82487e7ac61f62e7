package dev.cortexflow.withcortex;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The status of a withcortex.ai run or step ({@code status}). An open vocabulary: a status the client does not
 * know is kept as it came.
 *
 * @param value the status as the API spells it, e.g. {@code COMPLETED}
 */
public record RunStatus(String value) {

  /** Accepted, not started. */
  public static final RunStatus PENDING = new RunStatus("PENDING");
  /** Executing steps. */
  public static final RunStatus RUNNING = new RunStatus("RUNNING");
  /** Cancelled before it ended. */
  public static final RunStatus CANCELLED = new RunStatus("CANCELLED");
  /** Finished successfully. */
  public static final RunStatus COMPLETED = new RunStatus("COMPLETED");
  /** Not executed (a step whose condition was false). */
  public static final RunStatus SKIPPED = new RunStatus("SKIPPED");
  /** Finished with an error. */
  public static final RunStatus FAILED = new RunStatus("FAILED");

  private static final List<RunStatus> ACTIVE = List.of(PENDING, RUNNING);

  /** Checks the value. */
  public RunStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The status for {@code value}, compared case-insensitively with the known ones. */
  public static RunStatus of(String value) {
    return new RunStatus(value.toUpperCase(Locale.ROOT));
  }

  /** Whether the run is still moving ({@code PENDING} or {@code RUNNING}). */
  public boolean isActive() {
    return ACTIVE.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

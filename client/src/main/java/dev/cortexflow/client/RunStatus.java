package dev.cortexflow.client;

import java.util.List;
import java.util.Objects;

/**
 * The status of a workflow run. An open vocabulary: statuses the client does not know are kept as they came.
 *
 * @param value the status as the API spells it, e.g. {@code COMPLETED}
 */
public record RunStatus(String value) {

  /** Queued, not started yet. */
  public static final RunStatus PENDING = new RunStatus("PENDING");
  /** Executing blocks. */
  public static final RunStatus RUNNING = new RunStatus("RUNNING");
  /** Waiting on an async block, an approval or user input. */
  public static final RunStatus PAUSED = new RunStatus("PAUSED");
  /** Finished successfully. */
  public static final RunStatus COMPLETED = new RunStatus("COMPLETED");
  /** Finished with an error. */
  public static final RunStatus FAILED = new RunStatus("FAILED");
  /** Cancelled by a user. */
  public static final RunStatus CANCELLED = new RunStatus("CANCELLED");

  private static final List<RunStatus> ACTIVE = List.of(PENDING, RUNNING);

  /** Checks the value. */
  public RunStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The status for {@code value}, compared case-insensitively with the known ones. */
  public static RunStatus of(String value) {
    return new RunStatus(value.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether the run is still moving on its own ({@code PENDING} or {@code RUNNING}). */
  public boolean isActive() {
    return ACTIVE.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

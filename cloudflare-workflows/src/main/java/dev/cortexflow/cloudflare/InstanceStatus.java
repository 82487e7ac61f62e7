package dev.cortexflow.cloudflare;

import java.util.List;
import java.util.Objects;

/**
 * The status of a Cloudflare Workflow instance ({@code status}). An open vocabulary: a status the client does not
 * know is kept exactly as the API spelled it.
 *
 * @param value the status as the API spells it, e.g. {@code waitingForPause}
 */
public record InstanceStatus(String value) {

  /** Accepted, not started yet. */
  public static final InstanceStatus QUEUED = new InstanceStatus("queued");
  /** Executing steps. */
  public static final InstanceStatus RUNNING = new InstanceStatus("running");
  /** Paused by a status change. */
  public static final InstanceStatus PAUSED = new InstanceStatus("paused");
  /** Finished with an error. */
  public static final InstanceStatus ERRORED = new InstanceStatus("errored");
  /** Stopped by a status change. */
  public static final InstanceStatus TERMINATED = new InstanceStatus("terminated");
  /** Finished successfully. */
  public static final InstanceStatus COMPLETE = new InstanceStatus("complete");
  /** Asked to pause; pauses once the running step ends. */
  public static final InstanceStatus WAITING_FOR_PAUSE = new InstanceStatus("waitingForPause");
  /** Sleeping or waiting for an event. */
  public static final InstanceStatus WAITING = new InstanceStatus("waiting");

  private static final List<InstanceStatus> FINISHED = List.of(ERRORED, TERMINATED, COMPLETE);

  /** Checks the value. */
  public InstanceStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The status for {@code value}, kept as given. */
  public static InstanceStatus of(String value) {
    return new InstanceStatus(value);
  }

  /** Whether the instance has ended and will not move again on its own ({@code errored}, {@code terminated}, {@code complete}). */
  public boolean isFinished() {
    return FINISHED.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.cortexflow.client;

import java.util.Objects;

/** Thrown by {@link CortexClient#awaitRun} when a run is still active after the timeout. */
public final class RunTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient WorkflowRun lastSeen;

  /** Creates the exception with the run as last seen. */
  public RunTimeoutException(String tagOrId, WorkflowRun lastSeen, java.time.Duration timeout) {
    super("run '" + lastSeen.id() + "' of workflow '" + tagOrId + "' is still " + lastSeen.status() + " after "
        + timeout.toMillis() + " ms");
    this.lastSeen = Objects.requireNonNull(lastSeen, "lastSeen");
  }

  /** The run as last polled. */
  public WorkflowRun lastSeen() {
    return lastSeen;
  }
}

package dev.cortexflow.client;

import java.util.Objects;

/**
 * A workflow run as the runs API returns it.
 *
 * @param id the run's id
 * @param status its status
 * @param json the complete run object as compact JSON text (block states, outputs, callback ids)
 */
public record WorkflowRun(String id, RunStatus status, String json) {

  /** Checks the components. */
  public WorkflowRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(json, "json");
  }

  /** {@code run <id> <status>}. */
  @Override
  public String toString() {
    return "run " + id + " " + status;
  }
}

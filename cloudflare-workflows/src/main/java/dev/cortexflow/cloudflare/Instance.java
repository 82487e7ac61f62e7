package dev.cortexflow.cloudflare;

import java.util.Objects;
import java.util.Optional;

/**
 * An instance as the create, batch and list calls return it.
 *
 * @param id the instance id ({@code id})
 * @param status its status ({@code status})
 * @param versionId the workflow version it runs ({@code version_id})
 * @param workflowId the workflow's id ({@code workflow_id})
 * @param createdOn when it was created ({@code created_on}); only in lists
 * @param startedOn when it started ({@code started_on}); only in lists, empty before it starts
 * @param endedOn when it ended ({@code ended_on}); only in lists, empty while it runs
 */
public record Instance(String id, InstanceStatus status, String versionId, String workflowId,
    Optional<String> createdOn, Optional<String> startedOn, Optional<String> endedOn) {

  /** Checks the components. */
  public Instance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(createdOn, "createdOn");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(endedOn, "endedOn");
  }
}

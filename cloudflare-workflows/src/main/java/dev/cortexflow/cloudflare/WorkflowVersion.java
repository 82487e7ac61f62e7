package dev.cortexflow.cloudflare;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A deployed version of a Workflow.
 *
 * @param id the version id ({@code id})
 * @param workflowId the workflow's id ({@code workflow_id})
 * @param className the Workflow class of this version ({@code class_name})
 * @param createdOn when it was deployed ({@code created_on})
 * @param modifiedOn when it last changed ({@code modified_on})
 * @param hasDag whether Cloudflare holds its step graph ({@code has_dag})
 * @param stepLimit the most steps an instance may run ({@code limits.steps}), when set
 */
public record WorkflowVersion(String id, String workflowId, String className, String createdOn, String modifiedOn,
    boolean hasDag, OptionalLong stepLimit) {

  /** Checks the components. */
  public WorkflowVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(createdOn, "createdOn");
    Objects.requireNonNull(modifiedOn, "modifiedOn");
    Objects.requireNonNull(stepLimit, "stepLimit");
  }
}

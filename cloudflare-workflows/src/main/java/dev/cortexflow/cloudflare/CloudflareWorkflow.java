package dev.cortexflow.cloudflare;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Workflow as the Workflows API describes it.
 *
 * @param id its id ({@code id})
 * @param name its name ({@code name}), the key of every other call
 * @param className the exported Workflow class of the Worker ({@code class_name})
 * @param scriptName the Worker script holding the class ({@code script_name})
 * @param createdOn when it was created ({@code created_on}), as the API wrote it
 * @param modifiedOn when it last changed ({@code modified_on})
 * @param triggeredOn when an instance last started ({@code triggered_on}); empty when never
 * @param instanceCounts instances per status ({@code instances}); empty in a create-or-modify answer
 * @param versionId the deployed version ({@code version_id}); only in a create-or-modify answer
 */
public record CloudflareWorkflow(String id, String name, String className, String scriptName, String createdOn,
    String modifiedOn, Optional<String> triggeredOn, Map<InstanceStatus, Long> instanceCounts,
    Optional<String> versionId) {

  /** Checks and copies the components. */
  public CloudflareWorkflow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(scriptName, "scriptName");
    Objects.requireNonNull(createdOn, "createdOn");
    Objects.requireNonNull(modifiedOn, "modifiedOn");
    Objects.requireNonNull(triggeredOn, "triggeredOn");
    instanceCounts = Map.copyOf(instanceCounts);
    Objects.requireNonNull(versionId, "versionId");
  }
}

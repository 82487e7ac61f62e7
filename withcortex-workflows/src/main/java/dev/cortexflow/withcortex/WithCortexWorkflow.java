package dev.cortexflow.withcortex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A withcortex.ai workflow, one of the app's own or a discoverable one.
 *
 * @param id its id ({@code id})
 * @param name its name ({@code name})
 * @param description its description ({@code description})
 * @param appName the name of the app it belongs to ({@code app.name}), when given
 * @param version its current version ({@code version}); empty when none is deployed
 * @param tags the names of its tags ({@code tags[].name})
 * @param runsCount how many runs it has had ({@code runs_count})
 * @param enabled whether it may run ({@code enabled})
 */
public record WithCortexWorkflow(String id, String name, Optional<String> description, Optional<String> appName,
    Optional<WorkflowVersion> version, List<String> tags, long runsCount, boolean enabled) {

  /** Checks and copies the components. */
  public WithCortexWorkflow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(version, "version");
    tags = List.copyOf(tags);
  }
}

package dev.cortexflow.withcortex;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A deployed version of a withcortex.ai workflow (versions are deployed from the builder; the API only reads them).
 *
 * @param id the version id ({@code id})
 * @param version its number ({@code version}), when given
 * @param description the workflow's description at deployment ({@code description})
 * @param notes the release notes ({@code notes})
 * @param createdAt when it was deployed ({@code created_at})
 * @param key the version's key ({@code key})
 * @param input the input definition ({@code input})
 * @param inputDefault the default input values ({@code input_default})
 * @param steps its steps in order ({@code steps})
 */
public record WorkflowVersion(String id, OptionalInt version, Optional<String> description, Optional<String> notes,
    Optional<String> createdAt, String key, JsonValue input, JsonValue inputDefault, List<VersionStep> steps) {

  /** Checks and copies the components. */
  public WorkflowVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputDefault, "inputDefault");
    steps = List.copyOf(steps);
  }
}

package dev.cortexflow.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What a run is for: request key {@code scope} with {@code type} {@code GLOBAL} or {@code ENTITY} and, for
 * entity runs, {@code entityId}.
 *
 * @param type {@code GLOBAL} or {@code ENTITY}
 * @param entityId the entity's id (CID) or tag for {@code ENTITY} runs
 */
public record RunScope(String type, Optional<String> entityId) {

  /** Checks the components. */
  public RunScope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityId, "entityId");
  }

  /** A run of a global workflow. */
  public static RunScope global() {
    return new RunScope("GLOBAL", Optional.empty());
  }

  /** A run of an entity workflow on the entity {@code entityId}. */
  public static RunScope entity(String entityId) {
    return new RunScope("ENTITY", Optional.of(Objects.requireNonNull(entityId, "entityId")));
  }
}

package dev.cortexflow.client;

import java.util.Objects;

/**
 * A team as the Teams API returns it (read only).
 *
 * @param id the team's id (CID)
 * @param tag the team's tag ({@code teamTag})
 * @param name its display name ({@code metadata.name}); the tag when absent
 * @param isArchived whether it is archived
 */
public record Team(String id, String tag, String name, boolean isArchived) {

  /** Checks the components. */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
  }
}

package dev.cortexflow.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A secret's identity as the Secrets API returns it; the API never returns the secret's value.
 *
 * @param id the secret's id
 * @param tag the tag templates use in {@code context.secrets.<tag>}
 * @param name its display name, when set
 */
public record Secret(String id, String tag, Optional<String> name) {

  /** Checks the components. */
  public Secret {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
  }
}

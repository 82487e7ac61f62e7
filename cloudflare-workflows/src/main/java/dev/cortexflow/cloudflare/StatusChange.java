package dev.cortexflow.cloudflare;

import java.util.Objects;

/**
 * The answer to a status change ({@code PATCH .../instances/{id}/status}).
 *
 * @param status the instance's status after the change ({@code status})
 * @param timestamp when the change was applied ({@code timestamp}), ISO 8601 in UTC
 */
public record StatusChange(InstanceStatus status, String timestamp) {

  /** Checks the components. */
  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}

package dev.cortexflow.cloudflare;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instance's status, outputs and steps ({@code GET .../instances/{id}}).
 *
 * @param status its status ({@code status})
 * @param params the params it started with ({@code params})
 * @param output what its {@code run} returned ({@code output}); {@link JsonValue#NULL} before it ends
 * @param error the error it ended with ({@code error})
 * @param queued when it was queued ({@code queued})
 * @param start when it started ({@code start}); empty before
 * @param end when it ended ({@code end}); empty while it runs
 * @param success whether it succeeded ({@code success}); empty while unknown
 * @param trigger what started it ({@code trigger.source}): {@code api}, {@code binding}, {@code event},
 *     {@code cron} or {@code unknown}
 * @param versionId the workflow version it runs ({@code versionId})
 * @param steps its steps in order ({@code steps})
 */
public record InstanceDetails(InstanceStatus status, JsonValue params, JsonValue output, Optional<InstanceError> error,
    Optional<String> queued, Optional<String> start, Optional<String> end, Optional<Boolean> success,
    Optional<String> trigger, Optional<String> versionId, List<InstanceStep> steps) {

  /** Checks and copies the components. */
  public InstanceDetails {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(queued, "queued");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(success, "success");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(versionId, "versionId");
    steps = List.copyOf(steps);
  }
}

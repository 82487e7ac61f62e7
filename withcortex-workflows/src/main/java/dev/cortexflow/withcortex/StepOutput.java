package dev.cortexflow.withcortex;

import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What one step of a run produced: an entry of the run's {@code output}.
 *
 * @param key the step's key ({@code key})
 * @param status the step's status ({@code status})
 * @param output what it returned ({@code output}); {@link JsonValue#NULL} when nothing
 * @param start when it started ({@code start}), in milliseconds since the epoch, when given
 */
public record StepOutput(String key, RunStatus status, JsonValue output, OptionalLong start) {

  /** Checks the components. */
  public StepOutput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(start, "start");
  }
}

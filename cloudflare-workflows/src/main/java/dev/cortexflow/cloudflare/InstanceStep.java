package dev.cortexflow.cloudflare;

import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an instance's {@code steps}: a {@code step.do}, a sleep, a wait for an event, or the termination.
 *
 * @param type the entry's kind ({@code type}): {@code step}, {@code sleep}, {@code waitForEvent},
 *     {@code termination}, or a kind the client does not know, kept as given
 * @param name the step's name ({@code name}); empty for a termination
 * @param start when it started ({@code start})
 * @param end when it ended ({@code end}); empty while it runs
 * @param success whether it succeeded ({@code success}); empty while unknown
 * @param output what it returned ({@code output}); {@link JsonValue#NULL} when nothing
 * @param error the error it ended with ({@code error})
 * @param attempts how many attempts a {@code step} made ({@code attempts}); 0 for other kinds
 */
public record InstanceStep(String type, Optional<String> name, Optional<String> start, Optional<String> end,
    Optional<Boolean> success, JsonValue output, Optional<InstanceError> error, int attempts) {

  /** Checks the components. */
  public InstanceStep {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(success, "success");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(error, "error");
  }
}

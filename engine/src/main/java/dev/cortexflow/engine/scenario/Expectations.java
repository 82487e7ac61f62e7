package dev.cortexflow.engine.scenario;

import dev.cortexflow.model.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code expect} section of a scenario file; each part is checked only when given.
 *
 * @param status {@code status}: COMPLETED, FAILED or PAUSED
 * @param failure {@code failure}: the run's failure message, exactly
 * @param executed {@code executed}: exactly the blocks that ran, in order
 * @param notExecuted {@code notExecuted}: blocks that must not run
 * @param variables {@code variables}: values variables hold at the end (subset match)
 * @param outputs {@code outputs}: a subset of each named block's outputs
 * @param requests {@code requests}: a subset of each named block's rendered request; a JSON body compares as JSON
 * @param runResponse {@code runResponse}: the rendered run response
 */
public record Expectations(Optional<String> status, Optional<String> failure, Optional<List<String>> executed,
    List<String> notExecuted, Map<String, JsonValue> variables, Map<String, JsonValue> outputs,
    Map<String, JsonValue> requests, Optional<String> runResponse) {
  public Expectations {
    notExecuted = List.copyOf(notExecuted);
    // in the order the file gives them, so that failures are reported in a stable order
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
  }
}

package dev.cortexflow.engine.scenario;

import dev.cortexflow.engine.RunResult;
import java.util.List;
import java.util.Objects;

/**
 * A scenario as it ran.
 *
 * @param scenario the scenario
 * @param run how the run ended
 * @param failures one line per expectation that did not hold, each with expected against actual; empty when it passed
 */
public record ScenarioResult(Scenario scenario, RunResult run, List<String> failures) {
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(run, "run");
    failures = List.copyOf(failures);
  }

  /** Whether every expectation held. */
  public boolean passed() {
    return failures.isEmpty();
  }
}

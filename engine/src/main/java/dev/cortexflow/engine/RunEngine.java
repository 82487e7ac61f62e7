package dev.cortexflow.engine;

import dev.cortexflow.engine.internal.Evaluators;
import dev.cortexflow.engine.internal.Plan;
import dev.cortexflow.model.Workflow;
import java.util.Objects;

/**
 * Runs a workflow's logic locally, block by block as Cortex does: from the root along {@code outgoingActions};
 * a branch takes its first path whose CEL condition is true, else the fallback, else that path ends; the run
 * completes when no block is left and fails when a block fails. jq (jackson-jq), CEL (CEL-Java), JavaScript
 * (Rhino) and Mustache (jmustache) are evaluated for real; outbound blocks record their rendered request and take
 * their answer from the {@link RunInput}. Nothing leaves the machine unless {@link RunInput.Builder#sendHttpTo}
 * says so.
 *
 * <p>Create one engine and reuse it: each jq program, CEL condition, script and template is compiled once per
 * engine. Thread-safe.
 */
public final class RunEngine {
  private final Evaluators evaluators = new Evaluators();

  private RunEngine() {}

  /** A new engine with empty expression caches. */
  public static RunEngine create() {
    return new RunEngine();
  }

  /** Prepares {@code workflow} for running (indexes its blocks once). */
  public RunnableWorkflow prepare(Workflow workflow) {
    return new RunnableWorkflow(new Plan(Objects.requireNonNull(workflow, "workflow"), evaluators));
  }

  /**
   * How many distinct jq programs, CEL conditions, scripts and templates this engine has compiled: each is
   * compiled on first use and reused by every later run.
   */
  public int compiledExpressions() {
    return evaluators.compiled();
  }

  /** Runs {@code workflow} once with {@code input}. */
  public RunResult run(Workflow workflow, RunInput input) {
    return prepare(workflow).run(Objects.requireNonNull(input, "input"));
  }
}

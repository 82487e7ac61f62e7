package dev.cortexflow.engine;

import dev.cortexflow.engine.internal.Execution;
import dev.cortexflow.engine.internal.Plan;
import dev.cortexflow.model.Workflow;

/** A workflow prepared by a {@link RunEngine}: run it as often as needed, from any thread. */
public final class RunnableWorkflow {
  private final Plan plan;

  RunnableWorkflow(Plan plan) {
    this.plan = plan;
  }

  /** The workflow this runs. */
  public Workflow workflow() {
    return plan.workflow();
  }

  /** Runs the workflow from its root with {@code input}; never throws for anything the workflow or input holds. */
  public RunResult run(RunInput input) {
    return PausedRun.resultOf(new Execution(plan, input).run());
  }
}

package dev.cortexflow.testing;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.RunEngine;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.model.Workflow;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a workflow's logic in a unit test, through the {@link RunEngine}: give the run's context, what users enter
 * and decide, and what the other side answers, by block slug; then assert on the {@link RunResult} with
 * {@link CortexflowAssertions#assertThat(RunResult)}.
 *
 * <pre class="compilable">{@code
 * RunResult run = WorkflowRun.of(new DeployService().workflow())
 *     .input("choose", Map.of("version", "1.2.3", "environment", "prod"))
 *     .approve("approve")
 *     .answer("deploy-prod", Answer.http(202).withCallback("SUCCESS", Map.of()))
 *     .answer("announce", Answer.outputs(Map.of()))
 *     .run();
 * assertThat(run).isCompleted().executed("choose", "remember-environment", "approve", "route", "deploy-prod", "announce");
 * }</pre>
 *
 * Every run of the test kit shares one engine, so each expression is compiled once per test JVM. Not thread-safe;
 * {@link #run()} may be called more than once.
 */
public final class WorkflowRun {
  private static final RunEngine SHARED = RunEngine.create();

  private final Workflow workflow;
  private final RunEngine engine;
  private final RunInput.Builder input = RunInput.builder();

  private WorkflowRun(Workflow workflow, RunEngine engine) {
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** A run of {@code workflow} on the test kit's shared engine. */
  public static WorkflowRun of(Workflow workflow) {
    return new WorkflowRun(workflow, SHARED);
  }

  /** A run of {@code workflow} on {@code engine}. */
  public static WorkflowRun of(Workflow workflow, RunEngine engine) {
    return new WorkflowRun(workflow, engine);
  }

  /** Sets {@code context.entity} ({@code tag}, {@code name}, {@code descriptor}, …), for ENTITY workflows. */
  public WorkflowRun entity(Object entity) {
    input.entity(entity);
    return this;
  }

  /** Sets {@code context.initiatedBy}. */
  public WorkflowRun initiatedBy(Object initiatedBy) {
    input.initiatedBy(initiatedBy);
    return this;
  }

  /** Adds a key of {@code context.initialContext}; it also sets the declared variable of that name. */
  public WorkflowRun initialContext(String key, Object value) {
    input.initialContext(key, value);
    return this;
  }

  /** Adds {@code context.secrets.<tag>}. */
  public WorkflowRun secret(String tag, String value) {
    input.secret(tag, value);
    return this;
  }

  /** The values entered in USER_INPUT or SCAFFOLDER block {@code slug}, by input key. */
  public WorkflowRun input(String slug, Map<String, ?> values) {
    values.forEach((key, value) -> input.input(slug, key, value));
    return this;
  }

  /** Approves MANUAL_APPROVAL block {@code slug}. */
  public WorkflowRun approve(String slug) {
    input.approval(slug, true);
    return this;
  }

  /** Rejects MANUAL_APPROVAL block {@code slug}: the run fails there. */
  public WorkflowRun reject(String slug) {
    input.approval(slug, false);
    return this;
  }

  /** What the other side answers to block {@code slug}. */
  public WorkflowRun answer(String slug, Answer answer) {
    input.answer(slug, answer);
    return this;
  }

  /** Sends HTTP block {@code slug}'s request for real, to a loopback {@code url} (e.g. a MockWebServer). */
  public WorkflowRun sendHttpTo(String slug, URI url) {
    input.sendHttpTo(slug, url);
    return this;
  }

  /** Gives every block without an answer the engine's default one instead of failing. */
  public WorkflowRun withDefaultAnswers() {
    input.defaultAnswers(true);
    return this;
  }

  /** Runs the workflow from its root. */
  public RunResult run() {
    return engine.run(workflow, input.build());
  }
}

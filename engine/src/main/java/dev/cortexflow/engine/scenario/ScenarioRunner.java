package dev.cortexflow.engine.scenario;

import dev.cortexflow.engine.BlockRun;
import dev.cortexflow.engine.RunEngine;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.engine.RunnableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.engine.JsonMatch;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYamlException;
import dev.cortexflow.codec.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs scenarios on one {@link RunEngine}: each descriptor is read and prepared once, each expression compiled once,
 * however many scenarios use them. Not thread-safe.
 */
public final class ScenarioRunner {
  private final RunEngine engine;
  private final Map<Path, RunnableWorkflow> workflows = new HashMap<>();
  private final Map<Path, Optional<String>> renderedFor = new HashMap<>();

  /** A runner whose scenarios all run on {@code engine}. */
  public ScenarioRunner(RunEngine engine) {
    this.engine = engine;
  }

  /**
   * Runs {@code scenario} and checks its expectations.
   *
   * @throws ScenarioException when its descriptor cannot be read, or was not rendered for the scenario's
   *     environment
   */
  public ScenarioResult run(Scenario scenario) {
    scenario.environment().ifPresent(environment -> requireRenderedFor(scenario, environment));
    RunnableWorkflow workflow = workflows.computeIfAbsent(scenario.workflow(), path -> prepare(scenario));
    RunResult run = workflow.run(scenario.input());
    return new ScenarioResult(scenario, run, check(scenario.expect(), run));
  }

  /**
   * The workflow {@code scenario} runs, as read for its run.
   *
   * @throws ScenarioException when its descriptor cannot be read
   */
  public dev.cortexflow.model.Workflow workflow(Scenario scenario) {
    return workflows.computeIfAbsent(scenario.workflow(), path -> prepare(scenario)).workflow();
  }

  // A descriptor rendered for one environment runs only in scenarios of that environment.
  private void requireRenderedFor(Scenario scenario, String environment) {
    Path path = scenario.workflow();
    if (!Files.isRegularFile(path)) {
      throw new ScenarioException(scenario.name(), "workflow", "no descriptor at " + path);
    }
    Optional<String> rendered = renderedFor.computeIfAbsent(path, p -> {
      try {
        return WriteOptions.environmentOf(Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new ScenarioException(scenario.name(), "workflow", p + " cannot be read: " + e.getMessage());
      }
    });
    if (rendered.isEmpty()) {
      throw new ScenarioException(scenario.name(), "environment", path + " was rendered for no environment: render it"
          + " with --env " + environment + ", or remove the environment key");
    }
    if (!rendered.get().equals(environment)) {
      throw new ScenarioException(scenario.name(), "environment", path + " was rendered for environment '"
          + rendered.get() + "', not '" + environment + "': point workflow at the rendering for " + environment);
    }
  }

  private RunnableWorkflow prepare(Scenario scenario) {
    Path path = scenario.workflow();
    if (!Files.isRegularFile(path)) {
      throw new ScenarioException(scenario.name(), "workflow", "no descriptor at " + path);
    }
    ReadResult read;
    try {
      read = WorkflowReader.read(path);
    } catch (WorkflowYamlException | java.io.UncheckedIOException e) {
      throw new ScenarioException(scenario.name(), "workflow", path + " cannot be read: " + e.getMessage());
    }
    return engine.prepare(read.workflow());
  }

  static List<String> check(Expectations expect, RunResult run) {
    List<String> failures = new ArrayList<>();
    expect.status().filter(s -> !s.equals(run.status().name())).ifPresent(s -> failures.add("status: expected "
        + s + " but was " + run.status() + run.failure().map(f -> " (" + f + ")")
            .or(() -> run.pausedAt().map(p -> " (paused at '" + p + "')")).orElse("")));
    expect.failure().filter(f -> !run.failure().equals(Optional.of(f))).ifPresent(f -> failures.add(
        "failure: expected \"" + f + "\" but was " + run.failure().map(a -> "\"" + a + "\"").orElse("none")));
    expect.executed().filter(e -> !e.equals(run.executed())).ifPresent(e -> failures.add("executed: expected "
        + e + " but was " + run.executed()));
    for (String slug : expect.notExecuted()) {
      if (run.executed().contains(slug)) {
        failures.add("notExecuted: '" + slug + "' ran (" + run.executed() + ")");
      }
    }
    expect.variables().forEach((slug, expected) -> {
      JsonValue actual = run.variables().get(slug);
      if (actual == null) {
        failures.add("variables." + slug + ": the workflow declares no such variable");
      } else {
        JsonMatch.mismatch("variables." + slug, expected, actual).ifPresent(failures::add);
      }
    });
    expect.outputs().forEach((slug, expected) -> {
      Optional<BlockRun> block = run.block(slug);
      if (block.isEmpty()) {
        failures.add("outputs." + slug + ": block '" + slug + "' did not run (" + run.executed() + ")");
      } else {
        JsonMatch.mismatch("outputs." + slug, expected, block.get().outputs()).ifPresent(failures::add);
      }
    });
    expect.requests().forEach((slug, expected) -> {
      Optional<BlockRun> block = run.block(slug);
      if (block.isEmpty()) {
        failures.add("requests." + slug + ": block '" + slug + "' did not run (" + run.executed() + ")");
      } else if (block.get().request().isEmpty()) {
        failures.add("requests." + slug + ": a " + block.get().type() + " block sends no request");
      } else {
        JsonMatch.mismatch("requests." + slug, expected, block.get().request().get().fields())
            .ifPresent(failures::add);
      }
    });
    expect.runResponse().filter(r -> !run.runResponse().equals(Optional.of(r))).ifPresent(r -> failures.add(
        "runResponse: expected \"" + r + "\" but was "
            + run.runResponse().map(a -> "\"" + a + "\"").orElse("none")));
    return failures;
  }
}

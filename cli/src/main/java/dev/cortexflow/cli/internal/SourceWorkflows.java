package dev.cortexflow.cli.internal;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.MissingEnvironmentValueException;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidationException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workflows built by a set of {@link WorkflowSource} classes, and one line for each class that could not build
 * them (its violations when the DSL rejected a workflow, else what it threw). Shared by everything that renders.
 */
public final class SourceWorkflows {

  private final List<RenderPlan.Sourced> workflows = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int errors;

  private SourceWorkflows() {}

  /** Instantiates every class of {@code sources}, in order, and collects its workflows or its failures. */
  public static SourceWorkflows of(List<Class<? extends WorkflowSource>> sources) {
    return of(sources, Optional.empty());
  }

  /**
   * {@link #of(List)} for one environment: each source builds the workflows it has in {@code environment}
   * ({@link WorkflowSource#workflows(Environment)}), or its plain workflows when none is given.
   */
  public static SourceWorkflows of(List<Class<? extends WorkflowSource>> sources,
      Optional<Environment> environment) {
    SourceWorkflows collected = new SourceWorkflows();
    sources.forEach(source -> collected.collect(source, environment));
    return collected;
  }

  /** The workflows built, each with the name of the class that built it. */
  public List<RenderPlan.Sourced> workflows() {
    return List.copyOf(workflows);
  }

  /** One line per violation or failure of a class that could not build its workflows. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** How many of {@link #failures()} are errors. */
  public int errorCount() {
    return errors;
  }

  private void collect(Class<? extends WorkflowSource> source, Optional<Environment> environment) {
    String name = source.getName();
    try {
      WorkflowSource instance = WorkflowSourceScanner.instantiate(source);
      List<Workflow> built = environment.isPresent()
          ? WorkflowSourceScanner.workflowsOf(instance, environment.get())
          : WorkflowSourceScanner.workflowsOf(instance);
      for (Workflow workflow : built) {
        workflows.add(new RenderPlan.Sourced(name, workflow));
      }
    } catch (InvocationTargetException e) {
      failures.addAll(describe(name, e.getCause()));
    } catch (WorkflowValidationException e) {
      failures.addAll(describe(name, e));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      failures.addAll(describe(name, e));
    }
  }

  private List<String> describe(String source, Throwable failure) {
    if (failure instanceof WorkflowValidationException invalid) {
      List<String> lines = new ArrayList<>();
      for (Violation violation : invalid.violations()) {
        lines.add(source + " ('" + invalid.tag() + "'): " + violation);
        errors += violation.isError() ? 1 : 0;
      }
      if (invalid.violations().stream().noneMatch(Violation::isError)) {
        // refused on warnings alone (buildStrict()): the workflow is missing, which is an error of the render
        lines.add(source + " ('" + invalid.tag() + "'): refused to build on warnings, so it cannot be rendered: "
            + "fix them, or build with build() instead of buildStrict()");
        errors++;
      }
      return lines;
    }
    errors++;
    if (failure instanceof MissingEnvironmentValueException missing) {
      return List.of(missing.getMessage());
    }
    if (failure instanceof CliException known) {
      return List.of(source + ": " + known.getMessage());
    }
    // A static initialiser that throws says nothing itself; its cause does.
    Throwable cause = failure instanceof ExceptionInInitializerError init && init.getCause() != null
        ? init.getCause() : failure;
    return List.of(source + ": cannot build its workflows: " + cause);
  }
}

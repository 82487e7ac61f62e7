package dev.cortexflow.cli.internal;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.validate.WorkflowValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A project's workflow sources rendered for its environments: one {@link RenderPlan} for the environment chosen, one
 * per declared environment (each going to a folder of its own) when none is chosen, or a single plan when the
 * project declares no environments. What {@code cortexflow render} and the Maven plugin's {@code render} and
 * {@code check} goals share.
 */
public final class Renderings {

  /** The plan of one environment (or of the only rendering), and the folder of its own it goes to, if any. */
  public record Rendering(Optional<String> ownFolder, RenderPlan plan) {

    /** Where this rendering's files go inside {@code out}. */
    public Path folder(Path out) {
      return ownFolder.map(out::resolve).orElse(out);
    }

    /** {@code staging: } before each of its problems when it has a folder of its own, else nothing. */
    public String prefix() {
      return ownFolder.map(name -> name + ": ").orElse("");
    }
  }

  private final List<Rendering> renderings;
  private final List<String> failures;
  private final int buildErrors;

  private Renderings(List<Rendering> renderings, List<String> failures, int buildErrors) {
    this.renderings = List.copyOf(renderings);
    this.failures = List.copyOf(failures);
    this.buildErrors = buildErrors;
  }

  /**
   * Builds and validates the workflows of {@code sources} for the environment named {@code chosen} (every declared
   * one when empty), with {@code validator} (the standard one, or the one allowing unknown types, with the rules of
   * the scanner's class path: {@link WorkflowSourceScanner#validator(WorkflowValidator)}).
   *
   * @param option how the user chose the environment, for messages: {@code --env} or {@code cortexflow.env}
   * @throws CliException a usage error when an environment is chosen that is not declared
   */
  public static Renderings of(WorkflowSourceScanner scanner, List<Class<? extends WorkflowSource>> sources,
      Optional<String> chosen, String option, WorkflowValidator validator) {
    List<Rendering> renderings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int buildErrors = 0;
    for (Optional<Environment> environment : selected(scanner.environments(), chosen, option)) {
      SourceWorkflows built = SourceWorkflows.of(sources, environment);
      failures.addAll(built.failures());
      buildErrors += built.errorCount();
      // The rules may load classes until the plan is made, so the scanner must still be open here.
      RenderPlan plan = RenderPlan.of(built.workflows(), validator, environment.map(Environment::name));
      boolean ownFolder = environment.isPresent() && chosen.isEmpty();
      renderings.add(new Rendering(environment.filter(e -> ownFolder).map(Environment::name), plan));
    }
    return new Renderings(renderings, failures, buildErrors);
  }

  /** Every rendering, in the order the environments are declared. */
  public List<Rendering> all() {
    return renderings;
  }

  /**
   * The one-line failures of building the workflows (with the violations of a workflow the DSL refused), then each
   * rendering's errors (prefixed by its folder).
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(failures);
    renderings.forEach(r -> r.plan().problems().forEach(p -> problems.add(r.prefix() + p)));
    return problems;
  }

  /** Each rendering's warnings, one line each (prefixed by its folder): what a strict render fails on. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    renderings.forEach(r -> r.plan().warnings().forEach(w -> warnings.add(r.prefix() + w)));
    return warnings;
  }

  /** How many of {@link #problems()} are errors. */
  public int errorCount() {
    return buildErrors + renderings.stream().mapToInt(r -> r.plan().errorCount()).sum();
  }

  /** How many files all renderings write. */
  public int fileCount() {
    return renderings.stream().mapToInt(r -> r.plan().files().size()).sum();
  }

  /** {@code target/cortexflow}, or {@code target/cortexflow (2 environments)} when several are rendered. */
  public String describe(String folder) {
    return folder + (renderings.size() > 1 ? " (" + Plural.of(renderings.size(), "environment") + ")" : "");
  }

  /**
   * With a folder per environment, the folders and YAML files directly in {@code folder} that belong to no declared
   * environment (left by a removed environment, or by a render before environments), by name.
   */
  public List<String> strays(Path folder) {
    if (renderings.stream().anyMatch(r -> r.ownFolder().isEmpty()) || !Files.isDirectory(folder)) {
      return List.of();
    }
    Set<String> environments = new HashSet<>();
    renderings.forEach(r -> environments.add(r.ownFolder().orElseThrow()));
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".yaml"))
          .map(p -> p.getFileName().toString()).filter(name -> !environments.contains(name)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The environments to render: the one chosen, else every declared one, else none (a single rendering of
   * {@code workflows()}).
   */
  private static List<Optional<Environment>> selected(Optional<List<Environment>> declared, Optional<String> chosen,
      String option) {
    if (declared.isEmpty()) {
      if (chosen.isPresent()) {
        throw CliException.usage(option + " " + chosen.get() + ": the classpath declares no environments (a public"
            + " class implementing " + WorkflowEnvironments.class.getName() + ")");
      }
      return List.of(Optional.empty());
    }
    List<Environment> all = declared.get();
    if (chosen.isEmpty()) {
      return all.stream().map(Optional::of).toList();
    }
    String name = chosen.get();
    return List.of(Optional.of(all.stream().filter(e -> e.is(name)).findFirst().orElseThrow(() ->
        CliException.usage("unknown environment '" + name + "': the known ones are "
            + String.join(", ", all.stream().map(Environment::name).toList())))));
  }
}

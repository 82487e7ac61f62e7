package dev.cortexflow.maven;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Renderings;
import dev.cortexflow.cli.internal.WorkflowSourceScanner;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code render} and {@code check} share: finding the {@code WorkflowSource} classes on the project's compile
 * class path, building and validating their workflows, and failing on any ERROR (or on any WARNING with
 * {@code failOnWarning}) with the command line's one-line messages, before anything is written.
 */
abstract class RenderingMojo extends CortexflowMojo {

  /** The project's compile class path: its classes and its dependencies. */
  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  List<String> classpathElements;

  /** Only classes in these packages and below (default: every package). */
  @Parameter(property = "cortexflow.packages")
  List<String> packages;

  /** Fail the build on warnings too. */
  @Parameter(property = "cortexflow.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Render for this environment of the project's {@code WorkflowEnvironments} class only, into the folder itself
   * (default: every declared environment, each into a folder of its own named after it).
   */
  @Parameter(property = "cortexflow.env")
  String env;

  /**
   * The validated renderings of the project's workflows, checked by the standard rules and the rules on the
   * project's class path; {@code verb} ("written", "checked") says what did not happen on failure.
   */
  Renderings renderings(String verb) throws MojoFailureException {
    String classpath = String.join(File.pathSeparator, classpathElements);
    Renderings built;
    int classes;
    try (WorkflowSourceScanner scanner = WorkflowSourceScanner.of(context(), classpath)) {
      List<Class<? extends WorkflowSource>> sources = sources(scanner);
      if (sources.isEmpty()) {
        throw CliException.usage("no public WorkflowSource class with a public no-arg constructor on the compile "
            + "class path of " + project.getArtifactId()
            + (packages == null || packages.isEmpty() ? "" : " in packages " + packages)
            + ": write one, or set <skip>true</skip> for this project");
      }
      classes = sources.size();
      sources.forEach(s -> getLog().debug("found " + s.getName()));
      built = Renderings.of(scanner, sources, Optional.ofNullable(env).map(String::strip)
          .filter(name -> !name.isEmpty()), "cortexflow.env", scanner.validator(validator()));
    } catch (IOException e) {
      throw CliException.usage("cannot close the class path: " + e.getMessage(), e);
    }
    List<String> problems = built.problems();
    List<String> warnings = built.warnings();
    int errors = built.errorCount();
    String in = " in " + (classes == 1 ? "1 class" : classes + " classes");
    if (errors > 0) {
      problems.forEach(this::error);
      warnings.forEach(this::warn);
      throw failure(Plural.of(errors, "error") + in + "; nothing " + verb);
    }
    if (!warnings.isEmpty() && failOnWarning) {
      warnings.forEach(this::error);
      throw failure(Plural.of(warnings.size(), "warning") + in + " and failOnWarning is set; nothing " + verb);
    }
    warnings.forEach(this::warn);
    return built;
  }

  private List<Class<? extends WorkflowSource>> sources(WorkflowSourceScanner scanner) {
    if (packages == null || packages.isEmpty()) {
      return scanner.sources(Optional.empty());
    }
    Map<String, Class<? extends WorkflowSource>> byName = new TreeMap<>();
    for (String name : packages) {
      scanner.sources(Optional.of(name.strip())).forEach(s -> byName.put(s.getName(), s));
    }
    return List.copyOf(byName.values());
  }
}

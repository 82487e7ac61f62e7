package dev.cortexflow.cli.command;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.RenderPlan;
import dev.cortexflow.cli.internal.SourceWorkflows;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.WorkflowSourceScanner;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.validate.WorkflowValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cortexflow render --classpath CP [--package P] --out DIR [--check] [--env NAME]}: Java workflows to YAML
 * files, per environment when the classpath declares environments.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Render the workflows of WorkflowSource classes on a classpath to YAML files.",
        "Finds every public WorkflowSource class with a public no-arg constructor in the folders and jars of the "
            + "classpath and writes one <tag>.yaml per workflow. Nothing is written when any workflow has an ERROR "
            + "(exit 1); rules registered in META-INF/services/dev.cortexflow.validate.WorkflowRule on the "
            + "classpath run too. When the classpath declares environments (a WorkflowEnvironments class), "
            + "every environment is rendered into a folder of its own, or one with --env. With --check, compares with the folder instead and exits 1 on any difference "
            + "(a CI drift gate)."
    })
final class RenderCommand extends CliCommand {

  @Option(names = {"--classpath", "-cp"}, required = true, paramLabel = "CP",
      description = "Folders of classes and jars, separated by the platform's path separator.")
  String classpath;

  @Option(names = "--package", paramLabel = "P", description = "Only classes in this package and below.")
  String packageName;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the YAML files.")
  Path out;

  @Option(names = "--check", description = "Write nothing; exit 1 when the folder differs from what would be written.")
  boolean check;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Render for this environment of the classpath's WorkflowEnvironments, into --out itself "
          + "(default: every environment, each into a folder of its own).")
  String env;

  private int buildErrors;

  RenderCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws Exception {
    List<String> failures = new ArrayList<>();
    List<Rendering> renderings = new ArrayList<>();
    int classes;
    try (WorkflowSourceScanner scanner = WorkflowSourceScanner.of(context, classpath)) {
      WorkflowValidator validator = scanner.validator();
      List<Class<? extends WorkflowSource>> sources = scanner.sources(Optional.ofNullable(packageName));
      if (sources.isEmpty()) {
        throw CliException.usage("no public WorkflowSource class with a public no-arg constructor on classpath '"
            + classpath + "'" + (packageName == null ? "" : " in package '" + packageName + "'"));
      }
      classes = sources.size();
      sources.forEach(source -> output.detail("found " + source.getName()));
      Optional<List<Environment>> declared = scanner.environments();
      for (Optional<Environment> environment : selected(declared)) {
        SourceWorkflows built = SourceWorkflows.of(sources, environment);
        failures.addAll(built.failures());
        buildErrors += built.errorCount();
        // The rules may load classes until the plan is made.
        RenderPlan plan = RenderPlan.of(built.workflows(), validator, environment.map(Environment::name));
        boolean ownFolder = environment.isPresent() && env == null;
        renderings.add(new Rendering(environment.filter(e -> ownFolder).map(Environment::name), plan));
      }
    }
    failures.forEach(output::result);
    renderings.forEach(r -> r.plan().problems().forEach(p -> output.result(r.prefix() + p)));
    int errors = buildErrors + renderings.stream().mapToInt(r -> r.plan().errorCount()).sum();
    if (errors > 0) {
      output.result(Plural.of(errors, "error") + " in " + (classes == 1 ? "1 class" : classes + " classes")
          + "; nothing " + (check ? "checked" : "written"));
      return ExitCodes.FAILURE;
    }
    int files = renderings.stream().mapToInt(r -> r.plan().files().size()).sum();
    String where = out + (renderings.size() > 1 ? " (" + Plural.of(renderings.size(), "environment") + ")" : "");
    if (check) {
      int differences = 0;
      for (String stray : strayFolders(renderings)) {
        output.result(out + "/" + stray + ": not rendered from any environment");
        differences++;
      }
      for (Rendering r : renderings) {
        List<String> found = r.plan().differences(context.resolve(r.folder(out)));
        found.forEach(d -> output.result(r.folder(out) + "/" + d));
        differences += found.size();
      }
      output.info(differences == 0
          ? Plural.of(files, "workflow") + " up to date in " + where
          : Plural.of(differences, "difference") + " in " + where + " (run render without --check)");
      return differences == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    int changed = 0;
    for (Rendering r : renderings) {
      Path folder = r.folder(out);
      List<Path> written = r.plan().write(context.resolve(folder), folder.toString());
      written.forEach(p -> output.info("wrote " + folder + "/" + p.getFileName()));
      changed += written.size();
    }
    output.info("rendered " + Plural.of(files, "workflow") + " to " + where + " (" + changed + " changed)");
    return ExitCodes.OK;
  }

  /**
   * The environments to render: the one of {@code --env}, else every declared one, else none (a single
   * rendering of {@code workflows()}).
   */
  private List<Optional<Environment>> selected(Optional<List<Environment>> declared) {
    if (declared.isEmpty()) {
      if (env != null) {
        throw CliException.usage("--env " + env + ": the classpath declares no environments (a public class"
            + " implementing " + WorkflowEnvironments.class.getName() + ")");
      }
      return List.of(Optional.empty());
    }
    List<Environment> all = declared.get();
    if (env == null) {
      return all.stream().map(Optional::of).toList();
    }
    return List.of(Optional.of(all.stream().filter(e -> e.is(env)).findFirst().orElseThrow(() ->
        CliException.usage("unknown environment '" + env + "': the known ones are "
            + String.join(", ", all.stream().map(Environment::name).toList())))));
  }

  /**
   * With a folder per environment, the folders and YAML files directly in {@code --out} that belong to no declared
   * environment (left by a removed environment, or by a render before environments), by name.
   */
  private List<String> strayFolders(List<Rendering> renderings) throws IOException {
    Path folder = context.resolve(out);
    if (renderings.stream().anyMatch(r -> r.ownFolder().isEmpty()) || !Files.isDirectory(folder)) {
      return List.of();
    }
    Set<String> environments = new HashSet<>();
    renderings.forEach(r -> environments.add(r.ownFolder().orElseThrow()));
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".yaml"))
          .map(p -> p.getFileName().toString()).filter(name -> !environments.contains(name)).sorted().toList();
    }
  }

  /** The plan of one environment (or of the only rendering), and the folder of its own it goes to, if any. */
  private record Rendering(Optional<String> ownFolder, RenderPlan plan) {

    Path folder(Path out) {
      return ownFolder.map(out::resolve).orElse(out);
    }

    String prefix() {
      return ownFolder.map(name -> name + ": ").orElse("");
    }
  }
}

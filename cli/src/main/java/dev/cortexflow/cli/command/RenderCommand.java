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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cortexflow render --classpath CP [--package P] --out DIR [--check]}: Java workflows to YAML files. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Render the workflows of WorkflowSource classes on a classpath to YAML files.",
        "Finds every public WorkflowSource class with a public no-arg constructor in the folders and jars of the "
            + "classpath and writes one <tag>.yaml per workflow. Nothing is written when any workflow has an ERROR "
            + "(exit 1). With --check, compares with the folder instead and exits 1 on any difference "
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

  RenderCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws Exception {
    SourceWorkflows built;
    int classes;
    try (WorkflowSourceScanner scanner = WorkflowSourceScanner.of(context, classpath)) {
      List<Class<? extends WorkflowSource>> sources = scanner.sources(Optional.ofNullable(packageName));
      if (sources.isEmpty()) {
        throw CliException.usage("no public WorkflowSource class with a public no-arg constructor on classpath '"
            + classpath + "'" + (packageName == null ? "" : " in package '" + packageName + "'"));
      }
      classes = sources.size();
      for (Class<? extends WorkflowSource> source : sources) {
        output.detail("found " + source.getName());
      }
      built = SourceWorkflows.of(sources);
    }
    RenderPlan plan = RenderPlan.of(built.workflows());
    built.failures().forEach(output::result);
    plan.problems().forEach(output::result);
    int errors = built.errorCount() + plan.errorCount();
    if (errors > 0) {
      output.result(Plural.of(errors, "error") + " in " + (classes == 1 ? "1 class" : classes + " classes")
          + "; nothing " + (check ? "checked" : "written"));
      return ExitCodes.FAILURE;
    }
    Path folder = context.resolve(out);
    if (check) {
      List<String> differences = plan.differences(folder);
      differences.forEach(d -> output.result(out + "/" + d));
      output.info(differences.isEmpty()
          ? Plural.of(plan.files().size(), "workflow") + " up to date in " + out
          : Plural.of(differences.size(), "difference") + " in " + out + " (run render without --check)");
      return differences.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    List<Path> written = plan.write(folder, out.toString());
    written.forEach(p -> output.info("wrote " + out + "/" + p.getFileName()));
    output.info("rendered " + Plural.of(plan.files().size(), "workflow") + " to " + out + " ("
        + written.size() + " changed)");
    return ExitCodes.OK;
  }
}

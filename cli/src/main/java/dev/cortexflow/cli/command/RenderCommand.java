package dev.cortexflow.cli.command;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Renderings;
import dev.cortexflow.cli.internal.Renderings.Rendering;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.WorkflowSourceScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            + "classpath run too; warnings are printed on stderr, and fail the render with --strict. When the classpath declares environments (a WorkflowEnvironments class), "
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

  @Option(names = "--strict", description = "Fail on warnings too (exit 1, nothing written or checked).")
  boolean strict;

  @Mixin
  UnknownTypesOption unknownTypes;

  RenderCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws Exception {
    Renderings renderings;
    int classes;
    try (WorkflowSourceScanner scanner = WorkflowSourceScanner.of(context, classpath)) {
      List<Class<? extends WorkflowSource>> sources = scanner.sources(Optional.ofNullable(packageName));
      if (sources.isEmpty()) {
        throw CliException.usage("no public WorkflowSource class with a public no-arg constructor on classpath '"
            + classpath + "'" + (packageName == null ? "" : " in package '" + packageName + "'"));
      }
      classes = sources.size();
      sources.forEach(source -> output.detail("found " + source.getName()));
      renderings = Renderings.of(scanner, sources, Optional.ofNullable(env), "--env",
          scanner.validator(unknownTypes.validator()));
    }
    renderings.problems().forEach(output::result);
    List<String> warnings = renderings.warnings();
    warnings.forEach(output::error);
    int errors = renderings.errorCount();
    String in = " in " + (classes == 1 ? "1 class" : classes + " classes");
    String nothing = "; nothing " + (check ? "checked" : "written");
    if (errors > 0) {
      output.result(Plural.of(errors, "error") + in + nothing);
      return ExitCodes.FAILURE;
    }
    if (strict && !warnings.isEmpty()) {
      output.result(Plural.of(warnings.size(), "warning") + in + " and --strict is set" + nothing);
      return ExitCodes.FAILURE;
    }
    int files = renderings.fileCount();
    String where = renderings.describe(out.toString());
    if (check) {
      int differences = 0;
      for (String stray : renderings.strays(context.resolve(out))) {
        output.result(out + "/" + stray + ": not rendered from any environment");
        differences++;
      }
      for (Rendering r : renderings.all()) {
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
    for (Rendering r : renderings.all()) {
      Path folder = r.folder(out);
      List<Path> written = r.plan().write(context.resolve(folder), folder.toString());
      written.forEach(p -> output.info("wrote " + folder + "/" + p.getFileName()));
      changed += written.size();
    }
    output.info("rendered " + Plural.of(files, "workflow") + " to " + where + " (" + changed + " changed)");
    return ExitCodes.OK;
  }
}

package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.codegen.CodegenException;
import dev.cortexflow.codegen.ImportFailure;
import dev.cortexflow.codegen.ImportResult;
import dev.cortexflow.codegen.ImportWarning;
import dev.cortexflow.codegen.WorkflowImporter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow import PATH... --package P --out DIR}: descriptors to Java sources using the DSL. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Turn YAML or JSON descriptors into Java sources written with the DSL.",
        "One WorkflowSource class per workflow, in --package, below the source root --out (e.g. src/main/java). "
            + "Rendering the generated classes gives back descriptors equal to the input."
    })
final class ImportCommand extends CliCommand {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--package", required = true, paramLabel = "P", description = "Package of the generated classes.")
  String packageName;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Source root to write into.")
  Path out;

  @Option(names = "--no-bindings", negatable = false,
      description = "Write integration actions with string keys instead of their generated typed bindings.")
  boolean noBindings;

  @Option(names = "--force", negatable = false,
      description = "Replace existing files even when an import did not write them (they lack the generated "
          + "header).")
  boolean force;

  ImportCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    WorkflowImporter importer;
    try {
      importer = WorkflowImporter.builder().packageName(packageName).useBindings(!noBindings).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    if (files.isEmpty()) {
      throw CliException.usage("no descriptor files (*.yaml, *.yml, *.json) to import");
    }
    ImportResult result;
    try {
      result = importer.importPaths(files.stream().map(DescriptorFile::path).toList());
    } catch (CodegenException e) {
      throw CliException.usage(relative(e.getMessage()), e);
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw CliException.failure("cannot import: " + firstLine(e.getMessage()), e);
    }
    for (ImportWarning warning : result.warnings()) {
      output.result("warning: " + relative(warning.toString()));
    }
    for (ImportFailure failure : result.failures()) {
      output.error("error: skipped " + relative(failure.toString()));
    }
    Path root = context.resolve(out);
    ImportResult.Written written = result.writeTo(root, force);
    for (Path file : written.written()) {
      output.info("wrote " + out.resolve(root.relativize(file)));
    }
    for (Path file : written.kept()) {
      output.error("error: kept " + out.resolve(root.relativize(file)) + ": cortexflow import did not write it (it"
          + " has no generated header); move it away, or run again with --force to replace it");
    }
    int skipped = result.failures().size();
    output.info("imported " + Plural.of(written.written().size(), "workflow") + " into package '" + packageName
        + "' under " + out + (skipped == 0 ? "" : "; skipped " + Plural.of(skipped, "descriptor"))
        + (written.kept().isEmpty() ? "" : "; kept " + Plural.of(written.kept().size(), "existing file")));
    return skipped == 0 && written.kept().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  // The importer names files by their absolute path; show them as the user would.
  private String relative(String text) {
    return text.replace(context.workingDirectory() + java.io.File.separator, "");
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "the importer failed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

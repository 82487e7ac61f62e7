package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.ValidationRun;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.validate.WorkflowValidator;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow validate PATH...}: reads and validates descriptor files, one line per violation. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Validate YAML or JSON workflow descriptors.",
        "Folders stand for every *.yaml, *.yml and *.json below them. Prints one line per violation on stderr, "
            + "'FILE: SEVERITY CODE at POINTER: message', then 'N errors, M warnings in K files' on stdout. "
            + "Files that share a workflow tag are a DUPLICATE_TAG error on all but the first. "
            + "Exit 0 when there is no ERROR, 1 when there is, 2 when a file cannot be read at all."
    })
final class ValidateCommand extends CliCommand {

  enum Format { text, json, sarif }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json (one JSON document) or sarif (a SARIF 2.1.0 log with file and line "
          + "of every violation, for GitHub code scanning and other CI annotators).")
  Format format;

  @Mixin
  RulesOption rules;

  @Mixin
  UnknownTypesOption unknownTypes;

  ValidateCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    WorkflowValidator validator = rules.validator(context, output, unknownTypes.validator());
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    ValidationRun run = ValidationRun.of(files, validator, file -> output.detail("reading " + file.displayName()));
    if (format == Format.json) {
      output.raw(run.json());
    } else if (format == Format.sarif) {
      output.raw(run.sarif(VersionProvider.version()));
    } else {
      run.printViolations(output);
      output.result(run.summary());
    }
    run.printUnreadable(output);
    if (!run.unreadable().isEmpty()) {
      return ExitCodes.USAGE;
    }
    return run.errorCount() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}

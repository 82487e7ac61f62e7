package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.model.Workflow;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow diff PATH...}: what a push would change in the live workspace. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Compare descriptors with the live workspace.",
        "Prints the plan a push would carry out: workflows to create, to update (with a unified diff from "
            + "live/<tag> to the file, at the file's lines; a long line that changes a little is one ~ line with "
            + "[-old-]{+new+} marks), "
            + "unchanged, and prune candidates inside --prune-prefix. "
            + "A prune candidate that is a draft already is settled, not a difference. "
            + "A file whose reading has an ERROR is not compared (exit 2). "
            + "Exit 0 when nothing differs, 1 when something does, 3 when the server cannot be reached or used."
    })
final class DiffCommand extends CliCommand {

  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--prune-prefix", paramLabel = "P",
      description = "Also list live workflows whose tag starts with P and that no file defines; end it in '-'.")
  String prunePrefix;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Mixin
  ApiOptions api;

  @Mixin
  UnknownTypesOption unknownTypes;

  DiffCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    api.requireRenderedForThisEnvironment(files);
    List<Workflow> local = Descriptors.readComparable(files, unknownTypes.allow);
    Descriptors.requireDistinctTags(files, local);
    Plans.warnAboutOpenPrefix(prunePrefix, output);
    SyncPlan plan = Plans.plan(SyncEngine.using(api.client(context, secrets, output)), files, local,
        prunePrefix);
    output.raw(format == Format.json ? api.activity().retries().addTo(plan.toJson()) : plan.toText());
    if (format == Format.text && api.activity().requestsRetried() > 0) {
      output.info(api.activity().retriedText());
    }
    return plan.hasDifferences() ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}

package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Progress;
import dev.cortexflow.cli.internal.TextFiles;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.client.WorkflowQuery;
import dev.cortexflow.client.WorkflowSummary;
import dev.cortexflow.yaml.ReadResult;
import dev.cortexflow.yaml.WorkflowReader;
import dev.cortexflow.yaml.WorkflowYaml;
import dev.cortexflow.yaml.WorkflowYamlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cortexflow pull --out DIR [--tag T...]}: live workflows to canonical YAML files. */
@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Download workflows from the workspace into <tag>.yaml files.",
        "Without --tag, every workflow of the workspace."
    })
final class PullCommand extends CliCommand {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files to.")
  Path out;

  @Option(names = "--tag", paramLabel = "T", description = "Only this workflow; repeatable.")
  List<String> tags = new ArrayList<>();

  @Mixin
  ApiOptions api;

  PullCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    for (String tag : tags) {
      if (!FILE_NAME.matcher(tag).matches()) {
        throw CliException.usage("--tag '" + tag + "' is no workflow tag: use letters, digits, '.', '_' and '-'");
      }
    }
    CortexClient client = api.client(context, secrets, output);
    List<String> wanted = tags.isEmpty()
        ? client.listWorkflows(WorkflowQuery.all()).stream().map(WorkflowSummary::tag).sorted().toList()
        : tags;
    Path folder = context.resolve(out);
    Progress progress = output.progress();
    int done = 0;
    for (String tag : wanted) {
      if (!FILE_NAME.matcher(tag).matches()) {
        throw CliException.failure("workflow tag '" + tag + "' cannot be a file name");
      }
      String text = client.getWorkflowText(tag, DescriptorFormat.YAML);
      TextFiles.write(folder.resolve(tag + ".yaml"), canonical(text, tag), out + "/" + tag + ".yaml");
      progress.step(++done, wanted.size(), "pulled " + tag);
    }
    progress.finish();
    output.info("pulled " + Plural.of(wanted.size(), "workflow") + " to " + out);
    return ExitCodes.OK;
  }

  // The server's own text when it cannot be read into the model, so that nothing is lost.
  private static String canonical(String text, String tag) {
    try {
      ReadResult result = WorkflowReader.read(text, tag);
      return result.workflow().map(WorkflowYaml::write).orElse(text);
    } catch (WorkflowYamlException e) {
      return text;
    }
  }
}

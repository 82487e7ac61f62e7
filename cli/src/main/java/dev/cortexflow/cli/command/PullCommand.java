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
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WorkflowYamlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        "Without --tag, every workflow of the workspace. The workspace is read with one paged list request per"
            + " 1,000 workflows. A --tag the workspace does not have is reported, the others are pulled, and the exit"
            + " code is 1. A live tag that cannot be a file name (not letters, digits,"
            + " '.', '_' and '-', or longer than 250 characters, or differing from another only in case) is reported"
            + " and skipped, the others are pulled, and the exit code is 1."
    })
final class PullCommand extends CliCommand {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  // <tag>.yaml must fit the 255 bytes most file systems allow in a name
  private static final int MAX_TAG = 250;

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
      if (!isFileName(tag)) {
        throw CliException.usage("--tag '" + tag + "' is no workflow tag: use letters, digits, '.', '_' and '-'"
            + (tag.length() > MAX_TAG ? ", at most " + MAX_TAG + " characters" : ""));
      }
    }
    CortexClient client = api.client(context, secrets, output);
    // one paged list with the definitions, as push and diff read the workspace
    Map<String, WorkflowSummary> live = new LinkedHashMap<>();
    for (WorkflowSummary summary : client.listWorkflows(WorkflowQuery.all().withActions())) {
      live.putIfAbsent(summary.tag(), summary);
    }
    List<String> errors = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    int missing = 0;
    if (tags.isEmpty()) {
      live.keySet().stream().sorted().forEach(listed::add);
    } else {
      for (String tag : new LinkedHashSet<>(tags)) {
        if (live.containsKey(tag)) {
          listed.add(tag);
        } else {
          missing++;
          errors.add("--tag " + tag + ": the workspace has no workflow with this tag: not pulled");
        }
      }
    }
    // A live tag is the server's data: one that cannot be a file name here is reported and left out, the rest pulled.
    List<String> wanted = new ArrayList<>();
    int skipped = 0;
    Set<String> fileNames = new HashSet<>();
    for (String tag : listed) {
      if (!isFileName(tag)) {
        skipped++;
        errors.add("workflow tag '" + shown(tag) + "' cannot be a file name: skipped (a tag to pull has letters,"
            + " digits, '.', '_' and '-', at most " + MAX_TAG + " characters)");
      } else if (!fileNames.add(tag.toLowerCase(Locale.ROOT))) {
        skipped++;
        errors.add("workflow tag '" + tag + "' differs from another only in case: skipped (the two files would be"
            + " one on a case-insensitive file system)");
      } else {
        wanted.add(tag);
      }
    }
    Path folder = context.resolve(out);
    Progress progress = output.progress();
    int done = 0;
    for (String tag : wanted) {
      TextFiles.write(folder.resolve(tag + ".yaml"), yaml(client, live.get(tag)), out + "/" + tag + ".yaml");
      progress.step(++done, wanted.size(), "pulled " + tag);
    }
    progress.finish();
    for (String error : errors) {
      output.error("error: " + error);
    }
    output.info("pulled " + Plural.of(wanted.size(), "workflow") + " to " + out
        + (skipped == 0 ? "" : ", skipped " + skipped) + (missing == 0 ? "" : ", " + missing + " not found")
        + api.activity().retriedSuffix());
    return errors.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  // The listed definition in canonical YAML; one the model cannot read is fetched as the server renders it, so that
  // nothing is lost.
  private static String yaml(CortexClient client, WorkflowSummary summary) {
    try {
      return WorkflowYaml.write(summary.workflow());
    } catch (IllegalArgumentException e) {
      return canonical(client.getWorkflowText(summary.tag(), DescriptorFormat.YAML), summary.tag());
    }
  }

  private static boolean isFileName(String tag) {
    return tag.length() <= MAX_TAG && FILE_NAME.matcher(tag).matches();
  }

  // a hostile tag can be long; the line names its start and its length
  private static String shown(String tag) {
    return tag.length() <= 60 ? tag : tag.substring(0, 60) + "... (" + tag.length() + " characters)";
  }

  // The server's own text when it cannot be read into the model, so that nothing is lost.
  private static String canonical(String text, String tag) {
    try {
      ReadResult result = WorkflowReader.read(text, tag);
      return WorkflowYaml.write(result.workflow());
    } catch (WorkflowYamlException e) {
      return text;
    }
  }
}

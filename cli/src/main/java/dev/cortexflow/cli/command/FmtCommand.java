package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.TextFiles;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow fmt PATH... [--write | --check]}: rewrites descriptors in the canonical form. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Format descriptors canonically (key order, quoting, defaults).",
        "Prints one file's canonical form, or rewrites files in place with --write. "
            + "YAML files get canonical YAML, JSON files canonical JSON; a leading comment block is kept. "
            + "--write keeps each file's permissions and writes through a symbolic link to the file it points to. "
            + "Exit 1 with --check when a file is not canonical, 2 when one cannot be read."
    })
final class FmtCommand extends CliCommand {

  static final class Mode {
    @Option(names = "--write", description = "Rewrite the files in place.")
    boolean write;

    @Option(names = "--check", description = "Change nothing; list the files that are not canonical (exit 1).")
    boolean check;
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  FmtCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    if (!mode.write && !mode.check) {
      if (files.size() != 1) {
        throw CliException.usage("fmt prints one file; give --write or --check for " + files.size() + " files");
      }
      output.raw(canonical(files.get(0), files.get(0).readText()));
      return ExitCodes.OK;
    }
    List<String> different = new ArrayList<>();
    for (DescriptorFile file : files) {
      String text = file.readText();
      String canonical = canonical(file, text);
      if (canonical.equals(text)) {
        continue;
      }
      different.add(file.displayName());
      if (mode.write) {
        TextFiles.rewrite(file.path(), canonical, file.displayName());
        output.info("formatted " + file.displayName());
      } else {
        output.result(file.displayName() + ": not canonical (run 'cortexflow fmt --write " + file.displayName()
            + "')");
      }
    }
    if (mode.write) {
      output.info("formatted " + Plural.of(different.size(), "file") + ", " + (files.size() - different.size())
          + " already canonical");
      return ExitCodes.OK;
    }
    output.info(Plural.of(different.size(), "file") + " of " + files.size() + " not canonical");
    return different.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  static String canonical(DescriptorFile file, String text) {
    Workflow workflow = Descriptors.readWorkflow(file);
    if (file.isJson()) {
      return WorkflowJson.write(workflow);
    }
    return leadingComments(text) + WorkflowYaml.write(workflow);
  }

  // A header comment (licence, "generated from" preamble) belongs to the file, not to the workflow: keep it.
  private static String leadingComments(String text) {
    StringBuilder header = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#")) {
        break;
      }
      header.append(line.stripTrailing()).append('\n');
    }
    return header.toString();
  }
}

package dev.cortexflow.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.JsonText;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.SarifReport;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.yaml.SourceLines;
import dev.cortexflow.yaml.WorkflowYamlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
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
        "Folders stand for every *.yaml, *.yml and *.json below them. Prints one line per violation, "
            + "'FILE: SEVERITY CODE at POINTER: message', then 'N errors, M warnings in K files'. "
            + "Files that share a workflow tag are a DUPLICATE_TAG error on all but the first. "
            + "Exit 0 when there is no ERROR, 1 when there is, 2 when a file cannot be read at all."
    })
final class ValidateCommand extends CliCommand {

  enum Format { text, json, sarif }

  private record Unreadable(DescriptorFile file, CliException failure) {}

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json (one JSON document) or sarif (a SARIF 2.1.0 log with file and line "
          + "of every violation, for GitHub code scanning and other CI annotators).")
  Format format;

  @Mixin
  RulesOption rules;

  ValidateCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    WorkflowValidator validator = rules.validator(context, output);
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    List<Checked> checked = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    Map<String, DescriptorFile> firstWithTag = new HashMap<>();
    for (DescriptorFile file : files) {
      try {
        output.detail("reading " + file.displayName());
        checked.add(Descriptors.check(file, firstWithTag, validator));
      } catch (CliException e) {
        unreadable.add(new Unreadable(file, e));
      }
    }
    int errors = 0;
    int warnings = 0;
    for (Checked c : checked) {
      for (Violation v : c.violations()) {
        if (v.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    if (format == Format.json) {
      output.raw(json(checked, unreadable, errors, warnings, files.size()));
    } else if (format == Format.sarif) {
      output.raw(sarif(checked, unreadable));
    } else {
      for (Checked c : checked) {
        for (Violation v : c.violations()) {
          output.result(c.file().displayName() + ": " + v);
        }
      }
      output.result(Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning") + " in "
          + Plural.of(files.size(), "file"));
    }
    for (Unreadable failure : unreadable) {
      output.error("error: " + failure.failure().getMessage());
      output.stackTrace(failure.failure());
    }
    if (!unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    return errors > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static String sarif(List<Checked> checked, List<Unreadable> unreadable) {
    List<SarifReport.FileResult> files = new ArrayList<>();
    for (Checked c : checked) {
      files.add(new SarifReport.FileResult(c.file().displayName(), c.violations(),
          c.violations().isEmpty() ? Optional.empty() : lines(c.file())));
    }
    List<SarifReport.Unreadable> failed = unreadable.stream()
        .map(u -> new SarifReport.Unreadable(u.file().displayName(), u.failure().getMessage())).toList();
    return SarifReport.write(VersionProvider.version(), files, failed);
  }

  /**
   * The lines of a file that was read once already, read again only for a file with violations; none when it
   * changed in between and no longer reads.
   */
  private static Optional<ToIntFunction<String>> lines(DescriptorFile file) {
    try {
      SourceLines lines = SourceLines.of(file.readText(), file.displayName());
      return Optional.of(lines::lineOf);
    } catch (CliException | WorkflowYamlException e) {
      return Optional.empty();
    }
  }

  private static String json(List<Checked> checked, List<Unreadable> unreadable, int errors, int warnings,
      int fileCount) {
    ObjectNode root = JsonText.object();
    ArrayNode list = root.putArray("files");
    for (Checked c : checked) {
      ObjectNode file = list.addObject();
      file.put("file", c.file().displayName());
      c.workflow().ifPresent(w -> file.put("tag", w.tag()));
      ArrayNode violations = file.putArray("violations");
      Optional<ToIntFunction<String>> lines = c.violations().isEmpty() ? Optional.empty() : lines(c.file());
      for (Violation v : c.violations()) {
        ObjectNode item = violations.addObject();
        item.put("severity", v.severity().name());
        item.put("code", v.code().name());
        item.put("pointer", v.pointer());
        lines.ifPresent(l -> item.put("line", l.applyAsInt(v.pointer())));
        item.put("message", v.message());
      }
    }
    for (Unreadable failure : unreadable) {
      ObjectNode file = list.addObject();
      file.put("file", failure.file().displayName());
      file.put("unreadable", failure.failure().getMessage());
    }
    root.put("errors", errors);
    root.put("warnings", warnings);
    root.put("fileCount", fileCount);
    root.put("unreadable", unreadable.size());
    return JsonText.write(root);
  }
}

package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.graph.DotGraph;
import dev.cortexflow.cli.internal.graph.MermaidGraph;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.validate.WorkflowValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow graph PATH [--format mermaid|dot]}: prints the block graph of one descriptor. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Print the block graph of a descriptor (Mermaid or DOT).",
        "Branch paths are labelled with their names, the fallback is marked and the join is a dashed edge. "
            + "A graph that cannot run from a single root (no or several roots, a reused slug, an edge to no "
            + "block, a cycle, an unreachable block) is still printed; its errors go to standard error and the "
            + "exit code is 1. Other problems are for 'validate'."
    })
final class GraphCommand extends CliCommand {

  enum Format { mermaid, dot }

  /**
   * The codes that say the drawing is not of a flow from one root; wiring, reference and field errors do not
   * concern a drawing and are left to {@code validate}.
   */
  private static final Set<ViolationCode> GRAPH_CODES = EnumSet.of(ViolationCode.NO_ROOT,
      ViolationCode.MULTIPLE_ROOTS, ViolationCode.DUPLICATE_SLUG, ViolationCode.UNKNOWN_TARGET, ViolationCode.CYCLE,
      ViolationCode.UNREACHABLE);

  @Parameters(paramLabel = "PATH", description = "A descriptor file (YAML or JSON).")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "mermaid (default) or dot.")
  Format format;

  GraphCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    if (Files.isDirectory(context.resolve(path))) {
      throw CliException.usage("graph draws one descriptor; '" + path + "' is a folder");
    }
    DescriptorFile file = DescriptorFiles.expand(context, List.of(path)).get(0);
    Workflow workflow = Descriptors.readWorkflow(file);
    output.raw(format == Format.dot ? DotGraph.render(workflow) : MermaidGraph.render(workflow));
    List<Violation> broken = WorkflowValidator.standard().validate(workflow).errors().stream()
        .filter(v -> GRAPH_CODES.contains(v.code())).toList();
    broken.forEach(v -> output.error(file.displayName() + ": " + v));
    return broken.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}

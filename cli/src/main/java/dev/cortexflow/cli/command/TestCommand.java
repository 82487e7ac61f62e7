package dev.cortexflow.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.graph.MermaidGraph;
import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.engine.RunEngine;
import dev.cortexflow.engine.scenario.Scenario;
import dev.cortexflow.engine.scenario.ScenarioException;
import dev.cortexflow.engine.scenario.ScenarioFiles;
import dev.cortexflow.engine.scenario.ScenarioReader;
import dev.cortexflow.engine.scenario.ScenarioResult;
import dev.cortexflow.engine.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow test PATH... [--format text|json]}: runs scenario files on the local run engine. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Run scenario files: each runs one workflow descriptor locally (jq, CEL, JavaScript and Mustache evaluated, "
            + "answers from the file) and checks what must happen.",
        "Prints one line per scenario, the failures with expected against actual, and a summary. Exit 0 when all "
            + "pass, 1 when any fails, 2 for a bad file (nothing runs then). Folders are searched for *.yaml and "
            + "*.yml files."
    })
final class TestCommand extends CliCommand {

  enum Format { text, json }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files or folders of them.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = "--graph", paramLabel = "DIR",
      description = "Write each scenario's run as a Mermaid graph, the path taken highlighted, to DIR/<scenario>.mmd.")
  Path graphDir;

  TestCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    List<Scenario> scenarios = new ArrayList<>();
    try {
      for (Path given : paths) {
        Path resolved = context.resolve(given);
        for (Path file : ScenarioFiles.expand(List.of(resolved))) {
          scenarios.add(ScenarioReader.read(file, shown(given, resolved, file)));
        }
      }
    } catch (ScenarioException bad) {
      throw CliException.usage(printable(bad.getMessage()));
    }
    // one engine for the whole invocation: every descriptor and expression is prepared once
    ScenarioRunner runner = new ScenarioRunner(RunEngine.create());
    List<ScenarioResult> results = new ArrayList<>();
    try {
      for (Scenario scenario : scenarios) {
        results.add(runner.run(scenario));
      }
    } catch (ScenarioException bad) {
      throw CliException.usage(printable(bad.getMessage()));
    }
    if (graphDir != null) {
      writeGraphs(runner, results);
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    if (format == Format.json) {
      output.raw(JsonText.write(json(results, failed)));
    } else {
      for (ScenarioResult result : results) {
        output.result((result.passed() ? "PASS " : "FAIL ") + printable(result.scenario().name()));
        result.failures().forEach(f -> output.result("  " + printable(f)));
      }
      output.result(results.size() + (results.size() == 1 ? " scenario: " : " scenarios: ")
          + (results.size() - failed) + " passed, " + failed + " failed");
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /**
   * One {@code <scenario file name>.mmd} per scenario in the graph folder, named after the file only (never a path
   * outside the folder); a name used twice gets {@code -2}, {@code -3}, … in the order the scenarios ran.
   */
  private void writeGraphs(ScenarioRunner runner, List<ScenarioResult> results) {
    Path dir = context.resolve(graphDir);
    java.util.Map<String, Integer> used = new java.util.HashMap<>();
    try {
      Files.createDirectories(dir);
      for (ScenarioResult result : results) {
        String base = result.scenario().file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        int seen = used.merge(base, 1, Integer::sum);
        String name = (seen == 1 ? base : base + "-" + seen) + ".mmd";
        Files.writeString(dir.resolve(name),
            MermaidGraph.render(runner.workflow(result.scenario()), result.run().executed()));
      }
    } catch (java.io.IOException e) {
      throw CliException.failure("cannot write graphs to " + graphDir + ": " + printable(String.valueOf(e.getMessage())));
    }
  }

  private static ObjectNode json(List<ScenarioResult> results, long failed) {
    ObjectNode root = JsonText.object();
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioResult result : results) {
      ObjectNode entry = list.addObject();
      entry.put("file", result.scenario().name());
      entry.put("passed", result.passed());
      entry.put("status", result.run().status().name());
      ArrayNode executed = entry.putArray("executed");
      result.run().executed().forEach(executed::add);
      result.run().failure().ifPresent(f -> entry.put("failure", f));
      ArrayNode failures = entry.putArray("failures");
      result.failures().forEach(failures::add);
    }
    root.put("passed", results.size() - failed);
    root.put("failed", failed);
    return root;
  }

  /** The file as the user would name it: under the folder they gave, or the path they gave. */
  private static String shown(Path given, Path resolved, Path file) {
    return file.equals(resolved) ? given.toString() : given.resolve(resolved.relativize(file)).toString();
  }

  /** Text from files and runs with control characters shown as escapes, never sent to the terminal. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}

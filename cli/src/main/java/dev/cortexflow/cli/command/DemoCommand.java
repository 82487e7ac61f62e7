package dev.cortexflow.cli.command;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.cli.internal.ApiActivity;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DemoRun;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.RenderPlan;
import dev.cortexflow.cli.internal.RenderPlan.RenderedFile;
import dev.cortexflow.cli.internal.RenderPlan.Sourced;
import dev.cortexflow.cli.internal.TextFiles;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.graph.MermaidGraph;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.examples.Examples;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.validate.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cortexflow demo}: the whole story on an embedded sandbox. Renders the example workflows, validates what was
 * written, pushes them twice (the second push changes nothing), runs one through an async callback, and says where
 * everything went. Its output is the same on every run apart from the sandbox's port.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Run the whole story offline on an embedded sandbox.",
        "Renders the example workflows (YAML and Mermaid), validates them, pushes them twice (the second push "
            + "changes nothing), runs one to completion through its async callback, then stops the sandbox."
    })
final class DemoCommand extends CliCommand {

  private static final String DEMO_TOKEN = "cortexflow-demo-token";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo",
      description = "Where to write the files (default: ${DEFAULT-VALUE}, relative to the current directory).")
  Path out;

  DemoCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws InterruptedException {
    secrets.add(DEMO_TOKEN);
    Path folder = context.resolve(out);
    try (CortexSandbox sandbox = CortexSandbox.builder().token(DEMO_TOKEN).build().start()) {
      output.result("1. Started the sandbox at " + sandbox.url());
      RenderPlan rendered = render(folder, output);
      List<Workflow> workflows = validate(rendered, output);
      ApiActivity activity = new ApiActivity(output);
      CortexClient client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> DEMO_TOKEN)
          .waitListener(activity).build();
      SyncEngine engine = SyncEngine.using(client);
      push(engine, workflows, output, "4. Pushing to the sandbox", activity);
      if (push(engine, workflows, output, "5. Pushing again: nothing should change", activity).hasDifferences()) {
        throw CliException.failure("the second push found differences: the round trip is not stable");
      }
      output.result("");
      output.result("6. Running one example through the Runs API");
      new DemoRun(client, output.indented(3)).run(runnable(workflows));
    }
    output.result("");
    output.result("7. Stopped the sandbox");
    output.result("");
    output.result("Everything is in " + out + "/: a <tag>.yaml descriptor and a <tag>.mmd Mermaid graph per workflow.");
    return ExitCodes.OK;
  }

  private RenderPlan render(Path folder, Output output) {
    List<Sourced> sources = new ArrayList<>();
    for (WorkflowSource source : Examples.all()) {
      for (Workflow workflow : source.workflows()) {
        sources.add(new Sourced(source.getClass().getName(), workflow));
      }
    }
    RenderPlan plan = RenderPlan.of(sources);
    if (plan.errorCount() > 0) {
      plan.problems().forEach(output::result);
      throw CliException.failure(Plural.of(plan.errorCount(), "error") + " in the example workflows");
    }
    plan.write(folder, out.toString());
    output.result("");
    output.result("2. Rendered " + Plural.of(plan.files().size(), "example workflow") + " to " + out + "/");
    for (RenderedFile file : plan.files()) {
      String graph = file.workflow().tag() + ".mmd";
      TextFiles.write(folder.resolve(graph), MermaidGraph.render(file.workflow()), out + "/" + graph);
      output.result("   " + file.fileName() + " + " + graph + "  (" + file.source() + ")");
    }
    return plan;
  }

  private List<Workflow> validate(RenderPlan rendered, Output output) {
    Path folder = context.resolve(out);
    List<Workflow> workflows = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    List<String> lines = new ArrayList<>();
    for (RenderedFile file : rendered.files()) {
      Checked checked = Descriptors.check(new DescriptorFile(folder.resolve(file.fileName()),
          out + "/" + file.fileName()));
      for (Violation violation : checked.violations()) {
        lines.add("   " + checked.file().displayName() + ": " + violation);
        errors += violation.isError() ? 1 : 0;
        warnings += violation.isError() ? 0 : 1;
      }
      workflows.add(checked.workflow());
    }
    output.result("");
    output.result("3. Read back and validated the YAML: " + Plural.of(errors, "error") + ", "
        + Plural.of(warnings, "warning") + " in " + Plural.of(rendered.files().size(), "file"));
    lines.forEach(output::result);
    if (errors > 0) {
      throw CliException.failure("the rendered examples do not validate");
    }
    return workflows;
  }

  private static SyncPlan push(SyncEngine engine, List<Workflow> workflows, Output output, String heading,
      ApiActivity activity) {
    SyncPlan plan = engine.plan(workflows);
    output.result("");
    output.result(heading);
    plan.toText().lines().forEach(line -> output.result("   " + line));
    apply(engine, plan, output.indented(3), activity);
    return plan;
  }

  // One writer at a time so that the progress lines come in plan order, the same on every run.
  private static void apply(SyncEngine engine, SyncPlan plan, Output output, ApiActivity activity) {
    int code = PushCommand.apply(engine, plan, output, ApplyOptions.defaults().withConcurrency(1), activity);
    if (code != ExitCodes.OK) {
      throw CliException.failure("the push to the sandbox failed");
    }
  }

  // The example meant for this (runnable via the API, with an async HTTP block that waits for a callback).
  private static Workflow runnable(List<Workflow> workflows) {
    List<String> tags = Examples.runnableDemo().workflows().stream().map(Workflow::tag).toList();
    return workflows.stream()
        .filter(w -> tags.contains(w.tag()))
        .filter(w -> w.isRunnableViaApi().orElse(false))
        .filter(w -> w.actions().stream().anyMatch(b -> b.schema().type().equals("HTTP_REQUEST_ASYNC")))
        .findFirst()
        .orElseThrow(() -> CliException.failure(
            "the demo example " + tags + " is not runnable via the API with an async HTTP block"));
  }
}

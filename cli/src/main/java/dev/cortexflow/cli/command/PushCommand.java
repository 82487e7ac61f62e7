package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Progress;
import dev.cortexflow.cli.internal.ValidatedDescriptors;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.WriteTally;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.PrunePolicy;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncProblem;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.client.sync.SyncResult;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.WorkflowValidator;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow push PATH...}: validates every descriptor, then makes the workspace match them. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Validate descriptors, then create or update them in the workspace.",
        "Nothing is written when any file has an ERROR. Prints the plan, then one line per workflow written. "
            + "Live workflows inside --prune-prefix that no file defines are left alone, drafted or deleted (--prune). "
            + "Exit 1 when a file is invalid or the server rejects a workflow."
    })
final class PushCommand extends CliCommand {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--dry-run", description = "Print the plan and change nothing.")
  boolean dryRun;

  @Option(names = "--prune-prefix", paramLabel = "P",
      description = "The tag prefix inside which workflows that no file defines may be pruned.")
  String prunePrefix;

  @Option(names = "--prune", paramLabel = "POLICY", defaultValue = "ignore",
      description = "ignore (default), draft or delete the workflows found by --prune-prefix.")
  PrunePolicy prune;

  @Option(names = "--server-validate", description = "Also validate every workflow on the server before writing.")
  boolean serverValidate;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "Workflows written at once, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json: one JSON document, the plan with --dry-run, else the report.")
  DiffCommand.Format format;

  @Mixin
  ApiOptions api;

  @Mixin
  RulesOption rules;

  PushCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    if (prune != PrunePolicy.IGNORE && prunePrefix == null) {
      throw CliException.usage("--prune " + prune.name().toLowerCase(java.util.Locale.ROOT)
          + " needs --prune-prefix to say which workflows it may touch");
    }
    if (concurrency < 1 || concurrency > 16) {
      throw CliException.usage("--concurrency " + concurrency + " is not valid: use 1 to 16");
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    api.requireRenderedForThisEnvironment(files);
    List<Workflow> local = validated(files, rules.validator(context, output), output);
    if (local.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    SyncEngine engine = SyncEngine.using(api.client(context, secrets, output));
    SyncPlan plan = Plans.plan(engine, files, local, prunePrefix);
    ApplyOptions options = ApplyOptions.defaults().withPrunePolicy(prune).withServerValidation(serverValidate)
        .withConcurrency(concurrency);
    if (format == DiffCommand.Format.json) {
      return json(engine, plan, options, output);
    }
    output.info(plan.toText().stripTrailing());
    if (dryRun) {
      output.info("dry run: nothing changed");
      return ExitCodes.OK;
    }
    return apply(engine, plan, output, options);
  }

  private int json(SyncEngine engine, SyncPlan plan, ApplyOptions options, Output output) {
    if (dryRun) {
      output.raw(Plans.json(plan));
      return ExitCodes.OK;
    }
    SyncReport report = engine.apply(plan, options);
    String json = report.toJson();
    output.raw(json.endsWith("\n") ? json : json + "\n");
    return report.isSuccess() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** Applies {@code plan} with progress lines; exit 1 when anything failed. */
  static int apply(SyncEngine engine, SyncPlan plan, Output output, ApplyOptions options) {
    return apply(engine, plan, output, options, ShutdownHooks.RUNTIME);
  }

  /**
   * Applies {@code plan} with progress lines; when the process is stopped meanwhile (Ctrl-C), a shutdown hook says
   * what was written and what was in flight, since the JVM ends the writes half-way.
   */
  static int apply(SyncEngine engine, SyncPlan plan, Output output, ApplyOptions options, ShutdownHooks hooks) {
    Progress progress = output.progress();
    WriteTally tally = new WriteTally(progress);
    Thread onInterrupt = new Thread(() -> output.error(tally.interrupt()), "cortexflow-push-interrupted");
    hooks.add(onInterrupt);
    SyncReport report;
    try {
      report = engine.apply(plan, options.withListener(tally));
    } finally {
      hooks.remove(onInterrupt);
    }
    progress.finish();
    for (SyncProblem problem : report.problems()) {
      output.result(problem.toString());
    }
    for (SyncResult result : report.results()) {
      result.error().ifPresent(e -> output.error("error: " + result.tag() + ": " + e));
    }
    output.result(report.summary());
    return report.isSuccess() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** Where the interrupted-push hook is registered: the JVM's shutdown hooks, or a test's. */
  interface ShutdownHooks {
    ShutdownHooks RUNTIME = new ShutdownHooks() {
      @Override
      public void add(Thread hook) {
        Runtime.getRuntime().addShutdownHook(hook);
      }

      @Override
      public void remove(Thread hook) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook runs now: nothing to undo
        }
      }
    };

    void add(Thread hook);

    void remove(Thread hook);
  }

  // Every file is read and validated before anything is written; an empty list means "stop, exit 1".
  private static List<Workflow> validated(List<DescriptorFile> files, WorkflowValidator validator,
      Output output) {
    ValidatedDescriptors checked = ValidatedDescriptors.of(files, validator);
    checked.errors().forEach(output::result);
    if (!checked.isValid()) {
      output.result(checked.summary());
    }
    return checked.workflows();
  }
}

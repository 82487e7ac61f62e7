package dev.cortexflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.cli.internal.ApiActivity;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Progress;
import dev.cortexflow.cli.internal.RetryTally;
import dev.cortexflow.cli.internal.ValidatedDescriptors;
import dev.cortexflow.cli.internal.ValidationRun;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.cli.internal.WriteTally;
import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.ChangeKind;
import dev.cortexflow.client.sync.PlannedChange;
import dev.cortexflow.client.sync.PrunePolicy;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncProblem;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.client.sync.SyncResult;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.WorkflowValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
        "Prints the validation report on stderr first, as validate does; nothing is sent when any file has an ERROR. "
            + "Then prints the plan, and one line per workflow written. "
            + "Live workflows inside --prune-prefix that no file defines are left alone, drafted or deleted (--prune); "
            + "a drafted one is settled ('already drafted'); --prune delete asks before deleting (--yes to skip). "
            + "Exit 1 when a file is invalid or the server rejects a workflow, 3 when the server cannot be reached "
            + "or used."
    })
final class PushCommand extends CliCommand {

  // how many tags a refusal names before it says how many more there are
  private static final int NAMED = 10;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Descriptor files or folders.")
  List<Path> paths;

  @Option(names = "--dry-run", description = "Print the plan and change nothing.")
  boolean dryRun;

  @Option(names = "--prune-prefix", paramLabel = "P",
      description = "The tag prefix inside which workflows that no file defines may be pruned; end it in '-'.")
  String prunePrefix;

  @Option(names = "--prune", paramLabel = "POLICY", defaultValue = "ignore",
      description = "ignore (default), draft or delete the workflows found by --prune-prefix.")
  PrunePolicy prune;

  @Option(names = "--yes", description = "Delete the candidates of --prune delete without asking.")
  boolean yes;

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

  @Mixin
  UnknownTypesOption unknownTypes;

  PushCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws IOException {
    if (prune != PrunePolicy.IGNORE && prunePrefix == null) {
      throw CliException.usage("--prune " + prune.name().toLowerCase(Locale.ROOT)
          + " needs --prune-prefix to say which workflows it may touch");
    }
    if (concurrency < 1 || concurrency > 16) {
      throw CliException.usage("--concurrency " + concurrency + " is not valid: use 1 to 16");
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context, paths);
    api.requireRenderedForThisEnvironment(files);
    WorkflowValidator validator = rules.validator(context, output, unknownTypes.validator());
    Map<String, String> fileOfTag = new LinkedHashMap<>();
    List<Workflow> local = validated(files, validator, output, fileOfTag);
    if (local.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Plans.warnAboutOpenPrefix(prunePrefix, output);
    SyncEngine engine = SyncEngine.using(api.client(context, secrets, output));
    SyncPlan plan = Plans.plan(engine, files, local, prunePrefix);
    ApplyOptions options = ApplyOptions.defaults().withPrunePolicy(prune).withServerValidation(serverValidate)
        .withConcurrency(concurrency).withValidator(validator);
    if (format == DiffCommand.Format.json) {
      return json(engine, plan, options, output, fileOfTag, api.activity().retries());
    }
    output.info(plan.toText().stripTrailing());
    if (dryRun) {
      output.info("dry run: nothing changed");
      return ExitCodes.OK;
    }
    if (!deletionConfirmed(plan, output)) {
      return ExitCodes.FAILURE;
    }
    return apply(engine, plan, output, options, api.activity());
  }

  private int json(SyncEngine engine, SyncPlan plan, ApplyOptions options, Output output,
      Map<String, String> fileOfTag, RetryTally retries) throws IOException {
    if (dryRun) {
      output.raw(retries.addTo(withFiles(plan.toJson(), "changes", fileOfTag)));
      return ExitCodes.OK;
    }
    if (!deletionConfirmed(plan, output)) {
      return ExitCodes.FAILURE;
    }
    SyncReport report = engine.apply(plan, options);
    String json = withFiles(report.toJson(), "results", fileOfTag);
    output.raw(retries.addTo(withFiles(json, "problems", fileOfTag)));
    return exitCode(report);
  }

  /**
   * Whether the deletions of {@code --prune delete} may go ahead: always with {@code --yes} or when there are none;
   * on a terminal when the person answers yes; never otherwise (refused, naming them, before anything is sent).
   */
  private boolean deletionConfirmed(SyncPlan plan, Output output) throws IOException {
    List<String> doomed = plan.changes(ChangeKind.PRUNE_CANDIDATE).stream().map(PlannedChange::tag).toList();
    if (prune != PrunePolicy.DELETE || yes || doomed.isEmpty()) {
      return true;
    }
    String what = "--prune delete would delete " + Plural.of(doomed.size(), "workflow");
    if (!context.interactive()) {
      String named = String.join(", ", doomed.subList(0, Math.min(NAMED, doomed.size())))
          + (doomed.size() > NAMED ? " and " + (doomed.size() - NAMED) + " more" : "");
      throw CliException.usage(what + " (" + named + ") and there is no terminal to confirm on: give --yes to"
          + " delete them; nothing was changed");
    }
    output.error(what + ":");
    doomed.forEach(tag -> output.error("  - " + tag));
    output.prompt("Delete " + (doomed.size() == 1 ? "it" : "them") + "? [y/N] ");
    String answer = context.in().readLine();
    if (answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"))) {
      return true;
    }
    output.error("error: not confirmed; nothing was changed");
    return false;
  }

  /**
   * Applies {@code plan} with progress lines; exit 1 when anything failed, 3 when the server could not be used.
   * The summary says how many requests {@code activity} saw retried, when any were.
   */
  static int apply(SyncEngine engine, SyncPlan plan, Output output, ApplyOptions options, ApiActivity activity) {
    return apply(engine, plan, output, options, ShutdownHooks.RUNTIME, activity::retriedSuffix);
  }

  /**
   * Applies {@code plan} with progress lines; when the process is stopped meanwhile (Ctrl-C), a shutdown hook says
   * what was written and what was in flight, since the JVM ends the writes half-way.
   */
  static int apply(SyncEngine engine, SyncPlan plan, Output output, ApplyOptions options, ShutdownHooks hooks,
      Supplier<String> retried) {
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
    output.result(report.summary() + retried.get());
    return exitCode(report);
  }

  /** 0 when everything was written, 3 when only the server's failures stopped writes, else 1. */
  static int exitCode(SyncReport report) {
    return report.isSuccess() ? ExitCodes.OK : report.isServiceFailure() ? ExitCodes.SERVICE : ExitCodes.FAILURE;
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

  /**
   * Every file is read and validated before anything is sent, with the report {@code validate} prints (on stderr);
   * an empty list means "stop, exit 1". Records each workflow's file in {@code fileOfTag}.
   */
  private List<Workflow> validated(List<DescriptorFile> files, WorkflowValidator validator, Output output,
      Map<String, String> fileOfTag) {
    ValidationRun run = ValidationRun.of(files, validator, file -> { });
    run.printViolations(output);
    if (!run.unreadable().isEmpty()) {
      run.printUnreadable(output);
      throw CliException.usage(Plural.of(run.unreadable().size(), "file") + " could not be read; nothing pushed");
    }
    if (run.errorCount() > 0) {
      output.error("error: " + ValidatedDescriptors.nothingPushed(run.errorCount(), files.size()));
      return List.of();
    }
    List<Workflow> workflows = new ArrayList<>();
    for (Checked checked : run.checked()) {
      Workflow workflow = checked.workflow();
      workflows.add(workflow);
      fileOfTag.put(workflow.tag(), checked.file().displayName());
    }
    return workflows;
  }

  // each entry of the array at key gets the "file" of its tag, right after the tag, when a file defines it
  private static String withFiles(String json, String key, Map<String, String> fileOfTag) {
    ObjectNode root = JsonText.parse(json);
    JsonNode entries = root.path(key);
    if (!entries.isArray()) {
      return json;
    }
    ArrayNode rebuilt = JsonText.object().arrayNode();
    for (JsonNode entry : entries) {
      ObjectNode item = rebuilt.addObject();
      String file = fileOfTag.get(entry.path("tag").asText());
      for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        item.set(field.getKey(), field.getValue());
        if (field.getKey().equals("tag") && file != null) {
          item.put("file", file);
        }
      }
    }
    root.set(key, rebuilt);
    return JsonText.write(root);
  }
}

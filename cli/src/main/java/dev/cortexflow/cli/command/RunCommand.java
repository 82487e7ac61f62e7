package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.RunFollower;
import dev.cortexflow.cli.internal.RunInputs;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.RunRequest;
import dev.cortexflow.client.RunScope;
import dev.cortexflow.client.RunStatus;
import dev.cortexflow.client.WorkflowRun;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cortexflow run TAG [--input k=v...] [--wait]}: starts a run of a workflow and optionally follows it. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Start a run of a workflow and, with --wait, follow it to its end.",
        "The workflow must be runnable via the API (isRunnableViaApi); an ENTITY workflow needs --entity. "
            + "Inputs are typed by the workflow's variables: --input count=3 is a number for a NUMBER variable, "
            + "true/false for a BOOLEAN one, JSON for lists and objects; --input-json gives JSON for any entry. "
            + "Exit 0 when started (or, with --wait, completed), 1 when the run failed or was cancelled, "
            + "2 for a bad input, 3 when the server cannot be reached or used."
    })
final class RunCommand extends CliCommand {

  @Parameters(paramLabel = "TAG", description = "The workflow's tag.")
  String tag;

  @Option(names = "--input", paramLabel = "KEY=VALUE",
      description = "Initial context entry (seeds the variable of the same name, typed by it); repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-json", paramLabel = "KEY=JSON",
      description = "Initial context entry given as JSON, e.g. 'replicas=3' or 'tags=[\"a\"]'; repeatable.")
  List<String> jsonInputs = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "ID", description = "Run on this entity (ENTITY workflows).")
  String entity;

  @Option(names = "--wait", description = "Follow the run until it completes, fails or is cancelled.")
  boolean wait;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--poll-interval", paramLabel = "MILLIS", defaultValue = "1000",
      description = "How often --wait asks for the run's status (default: ${DEFAULT-VALUE}).")
  long pollMillis;

  @Mixin
  ApiOptions api;

  RunCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) throws InterruptedException {
    RunInputs.requireWellFormed(inputs, jsonInputs);
    if (pollMillis <= 0) {
      throw CliException.usage(
          "--poll-interval " + pollMillis + " is not valid: give a number of milliseconds above 0");
    }
    if (timeoutSeconds < 0) {
      throw CliException.usage("--timeout " + timeoutSeconds + " is not valid: give a number of seconds, 0 or more");
    }
    CortexClient client = api.client(context, secrets, output);
    Workflow workflow = client.getWorkflow(tag);
    requireScope(workflow);
    Map<String, Object> initialContext = RunInputs.typed(workflow, inputs, jsonInputs);
    RunScope scope = entity == null ? RunScope.global() : RunScope.entity(entity);
    WorkflowRun run;
    try {
      run = client.startRun(tag, RunRequest.of(scope).withInitialContext(initialContext));
    } catch (CortexApiException.Forbidden e) {
      // Cortex answers 403 both for a token without the permission and for a workflow not runnable via the API.
      throw CliException.service(e.getMessage() + " (check that workflow '" + tag + "' has isRunnableViaApi: true,"
          + " runnableViaApi() in Java, and that the API token may run workflows)", e);
    }
    output.result("started run " + run.id() + " of '" + tag + "'");
    if (!wait) {
      return ExitCodes.OK;
    }
    RunFollower follower = new RunFollower(client, output, Duration.ofMillis(pollMillis));
    WorkflowRun last = follower.follow(tag, run, Duration.ofSeconds(timeoutSeconds), true);
    output.result("run " + last.id() + " of '" + tag + "' ended " + last.status());
    return last.status().equals(RunStatus.COMPLETED) ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  // An ENTITY workflow started without an entity would run with a GLOBAL scope: refused before it starts.
  private void requireScope(Workflow workflow) {
    if (workflow.filter() instanceof EntityFilter && entity == null) {
      throw CliException.usage("workflow '" + tag + "' is an ENTITY workflow: give --entity ID (the entity's tag or id,"
          + " e.g. --entity my-service) to say which entity it runs on; nothing was started");
    }
    if (workflow.filter() instanceof GlobalFilter && entity != null) {
      throw CliException.usage("workflow '" + tag + "' is a GLOBAL workflow: drop --entity " + entity
          + "; nothing was started");
    }
  }
}

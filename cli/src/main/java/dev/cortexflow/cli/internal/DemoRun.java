package dev.cortexflow.cli.internal;

import dev.cortexflow.cli.internal.RunFollower.PausedBlock;
import dev.cortexflow.client.Callback;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.RunRequest;
import dev.cortexflow.client.RunScope;
import dev.cortexflow.client.RunStatus;
import dev.cortexflow.client.WorkflowRun;
import dev.cortexflow.model.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's run: starts a run of a workflow on the sandbox, and each time it pauses at an async HTTP block posts the
 * callback the external system would send, until the run ends.
 */
public final class DemoRun {

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int MAX_CALLBACKS = 20;

  private final CortexClient client;
  private final Output output;

  /** A demo run through {@code client}, printing to {@code output}. */
  public DemoRun(CortexClient client, Output output) {
    this.client = client;
    this.output = output;
  }

  /** Runs {@code workflow} to its end; fails (exit 1) unless it completes. */
  public void run(Workflow workflow) throws InterruptedException {
    String tag = workflow.tag();
    RunScope scope = workflow.filter().type().equals("ENTITY") ? RunScope.entity("demo-service") : RunScope.global();
    WorkflowRun run = client.startRun(tag, RunRequest.of(scope));
    output.result("started run " + run.id() + " of '" + tag + "' (" + workflow.name() + ")");
    RunFollower follower = new RunFollower(client, output, POLL);
    for (int callbacks = 0; ; callbacks++) {
      run = follower.follow(tag, run, TIMEOUT, false);
      List<PausedBlock> paused = RunFollower.pausedBlocks(run);
      if (!run.status().equals(RunStatus.PAUSED) || paused.isEmpty() || callbacks == MAX_CALLBACKS) {
        break;
      }
      PausedBlock block = paused.get(0);
      client.callback(tag, block.callbackId(),
          Callback.success("Done by the demo", Map.of("status", "ok", "answeredBy", "cortexflow demo")));
      output.result("posted the SUCCESS callback for block '" + block.slug() + "', as the external system would");
      run = client.getRun(tag, run.id());
    }
    if (!run.status().equals(RunStatus.COMPLETED)) {
      throw CliException.failure("run '" + run.id() + "' of '" + tag + "' ended " + run.status());
    }
    output.result("run " + run.id() + " of '" + tag + "' completed");
  }
}

package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.RunStatus;
import dev.cortexflow.client.WorkflowRun;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Follows a workflow run by polling it, printing each status it moves through, until it stops moving (paused,
 * completed, failed or cancelled) or the time is up.
 */
public final class RunFollower {

  /** A block of a paused run that waits for an external system to call back. */
  public record PausedBlock(String slug, String callbackId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CortexClient client;
  private final Output output;
  private final Duration pollInterval;

  /** A follower polling through {@code client} every {@code pollInterval}. */
  public RunFollower(CortexClient client, Output output, Duration pollInterval) {
    this.client = client;
    this.output = output;
    this.pollInterval = pollInterval;
  }

  /**
   * Polls the run until it is neither pending nor running, printing {@code run ID: STATUS} at each change.
   *
   * @param alsoWhilePaused keep polling while the run is paused (something else will resume it)
   * @return the run as last seen
   * @throws CliException (exit 1) when the run still moves after {@code timeout}
   */
  public WorkflowRun follow(String tag, WorkflowRun started, Duration timeout, boolean alsoWhilePaused)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    WorkflowRun run = started;
    RunStatus shown = null;
    while (true) {
      if (!Objects.equals(run.status(), shown)) {
        shown = run.status();
        output.info("run " + run.id() + ": " + describe(run));
      }
      boolean moving = run.status().isActive() || (alsoWhilePaused && run.status().equals(RunStatus.PAUSED));
      if (!moving) {
        return run;
      }
      if (System.nanoTime() > deadline) {
        throw CliException.failure("run '" + run.id() + "' of workflow '" + tag + "' is still " + run.status()
            + " after " + timeout.toSeconds() + " s");
      }
      Thread.sleep(pollInterval.toMillis());
      run = client.getRun(tag, run.id());
    }
  }

  /** The blocks of {@code run} that wait for a callback, as the server lists them. */
  public static List<PausedBlock> pausedBlocks(WorkflowRun run) {
    List<PausedBlock> paused = new ArrayList<>();
    try {
      for (JsonNode block : JSON.readTree(run.json()).path("pausedBlocks")) {
        if (block.hasNonNull("callbackId")) {
          paused.add(new PausedBlock(block.path("slug").asText(), block.path("callbackId").asText()));
        }
      }
    } catch (IOException e) {
      throw CliException.failure("run '" + run.id() + "': the server's answer is not JSON", e);
    }
    return paused;
  }

  private static String describe(WorkflowRun run) {
    if (run.status().equals(RunStatus.PAUSED)) {
      List<PausedBlock> paused = pausedBlocks(run);
      if (!paused.isEmpty()) {
        return "PAUSED (block '" + paused.get(0).slug() + "' waits for a callback)";
      }
    }
    return run.status().toString();
  }
}

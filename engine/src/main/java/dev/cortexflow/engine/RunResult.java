package dev.cortexflow.engine;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a local run ended: its status, the blocks that ran in order with their outputs and rendered requests, the
 * final variables and state, and the rendered run response.
 *
 * @param workflowTag the workflow's tag
 * @param status COMPLETED, FAILED or PAUSED
 * @param blocks the blocks that ran (or failed, or paused), in the order they ran
 * @param variables {@code variables} at the end, by slug
 * @param failure why the run failed: names the block and what to change or add
 * @param pausedAt the block a PAUSED run waits on: an asynchronous block's callback or an approval's decision
 * @param runResponse {@code runResponseTemplate} rendered when COMPLETED, {@code failedRunResponseTemplate} when
 *     FAILED
 * @param state the whole run state at the end ({@code context}, {@code actions}, {@code variables})
 * @param pausedRun for a PAUSED run, the handle that continues it with the callback or decision it waits on
 */
public record RunResult(String workflowTag, RunStatus status, List<BlockRun> blocks, Map<String, JsonValue> variables,
    Optional<String> failure, Optional<String> pausedAt, Optional<String> runResponse, JsonValue state,
    Optional<PausedRun> pausedRun) {
  public RunResult {
    Objects.requireNonNull(workflowTag, "workflowTag");
    Objects.requireNonNull(status, "status");
    blocks = List.copyOf(blocks);
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(pausedAt, "pausedAt");
    Objects.requireNonNull(runResponse, "runResponse");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(pausedRun, "pausedRun");
  }

  /**
   * The handle that continues this PAUSED run.
   *
   * @throws IllegalStateException when the run is not paused, naming how it ended
   */
  public PausedRun resume() {
    return pausedRun.orElseThrow(() -> new IllegalStateException("run of '" + workflowTag + "' is " + status
        + ", not PAUSED" + failure.map(f -> ": " + f).orElse("")));
  }

  /** The slugs of the blocks that ran, in order. */
  public List<String> executed() {
    return blocks.stream().map(BlockRun::slug).toList();
  }

  /** The block {@code slug} as it ran, if it ran. */
  public Optional<BlockRun> block(String slug) {
    return blocks.stream().filter(b -> b.slug().equals(slug)).findFirst();
  }

  /** The rendered requests, in the order their blocks ran. */
  public List<OutboundRequest> requests() {
    return blocks.stream().flatMap(b -> b.request().stream()).toList();
  }

  /** The rendered request of block {@code slug}. */
  public Optional<OutboundRequest> request(String slug) {
    return block(slug).flatMap(BlockRun::request);
  }
}

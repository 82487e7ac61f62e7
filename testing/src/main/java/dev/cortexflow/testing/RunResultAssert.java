package dev.cortexflow.testing;

import dev.cortexflow.engine.BlockRun;
import dev.cortexflow.engine.OutboundRequest;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.engine.RunStatus;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.engine.JsonMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a local run ({@link WorkflowRun}): its status, the blocks that ran, variables, outputs, requests and
 * the rendered run response. Expected values are plain Java data or {@link JsonValue}; objects match when every key
 * they name matches, numbers by value. Failure messages start with {@code Expecting run of '<tag>'} and name the
 * block, with the expected value against the actual one. Not thread-safe.
 */
public final class RunResultAssert extends AbstractAssert<RunResultAssert, RunResult> {

  RunResultAssert(RunResult actual) {
    super(actual, RunResultAssert.class);
  }

  private String run() {
    return "Expecting run of '" + actual.workflowTag() + "'";
  }

  private String ending() {
    return actual.failure().map(f -> " (it failed: " + f + ")")
        .or(() -> actual.pausedAt().map(p -> " (it paused at '" + p + "')")).orElse("");
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  /** Checks that the run completed. */
  public RunResultAssert isCompleted() {
    return hasStatus(RunStatus.COMPLETED);
  }

  /** Checks that the run failed. */
  public RunResultAssert isFailed() {
    return hasStatus(RunStatus.FAILED);
  }

  /** Checks that the run paused (an asynchronous block waits for its callback, an approval for its decision). */
  public RunResultAssert isPaused() {
    return hasStatus(RunStatus.PAUSED);
  }

  /** Checks the run's status. */
  public RunResultAssert hasStatus(RunStatus status) {
    isNotNull();
    if (actual.status() != status) {
      fail(run() + " to be " + status + " but it was " + actual.status() + ending() + "; blocks run: "
          + actual.executed());
    }
    return this;
  }

  /** Checks that the run failed with exactly {@code message} (which starts with {@code block '<slug>' (<TYPE>): }). */
  public RunResultAssert failedWith(String message) {
    isFailed();
    if (!actual.failure().orElse("").equals(message)) {
      fail(run() + " to fail with\n  " + message + "\nbut it failed with\n  " + actual.failure().orElse(""));
    }
    return this;
  }

  /**
   * Checks that the run paused at asynchronous block {@code slug}, posts its callback ({@code SUCCESS} or
   * {@code FAILURE}, {@code response} at {@code outputs.result.output}) and goes on with assertions on the
   * continued run ({@link dev.cortexflow.engine.PausedRun#callback}).
   */
  public RunResultAssert afterCallback(String slug, String status, Object response) {
    isPausedAt(slug);
    return new RunResultAssert(actual.resume().callback(slug, status, response));
  }

  /** Checks that the run paused at approval {@code slug}, approves it and goes on with the continued run. */
  public RunResultAssert afterApproving(String slug) {
    isPausedAt(slug);
    return new RunResultAssert(actual.resume().approve(slug));
  }

  /** Checks that the run paused at approval {@code slug}, rejects it and goes on with the continued run. */
  public RunResultAssert afterRejecting(String slug) {
    isPausedAt(slug);
    return new RunResultAssert(actual.resume().reject(slug));
  }

  /** Checks that the run paused at block {@code slug}: an asynchronous block, or an approval without a decision. */
  public RunResultAssert isPausedAt(String slug) {
    isPaused();
    if (!actual.pausedAt().orElse("").equals(slug)) {
      fail(run() + " to pause at '" + slug + "' but it paused at '" + actual.pausedAt().orElse("") + "'");
    }
    return this;
  }

  /** Checks that exactly these blocks ran, in this order. */
  public RunResultAssert executed(String... slugs) {
    isNotNull();
    if (!actual.executed().equals(Arrays.asList(slugs))) {
      fail(run() + " to run exactly " + Arrays.asList(slugs) + " in this order but it ran " + actual.executed()
          + ending());
    }
    return this;
  }

  /** Checks that none of these blocks ran. */
  public RunResultAssert didNotExecute(String... slugs) {
    isNotNull();
    List<String> ran = new ArrayList<>();
    for (String slug : slugs) {
      if (actual.executed().contains(slug)) {
        ran.add(slug);
      }
    }
    if (!ran.isEmpty()) {
      fail(run() + " not to run " + ran + " but it ran " + actual.executed());
    }
    return this;
  }

  /** Checks that variable {@code slug} holds {@code expected} at the end of the run. */
  public RunResultAssert hasVariable(String slug, Object expected) {
    isNotNull();
    JsonValue value = actual.variables().get(slug);
    if (value == null) {
      fail(run() + " to end with variable '" + slug + "' but the workflow has no such variable (variables: "
          + actual.variables().keySet().stream().sorted().toList() + ")");
    }
    JsonMatch.mismatch("", JsonValue.from(expected), value).ifPresent(m ->
        fail(run() + " to end with variable '" + slug + "' = " + JsonMatch.text(JsonValue.from(expected))
            + " but it was " + JsonMatch.text(value)));
    return this;
  }

  /** Checks that block {@code slug} ran and its outputs contain {@code expected} (a subset, e.g. {@code {body: {id: 7}}}). */
  public RunResultAssert hasOutputs(String slug, Object expected) {
    BlockRun block = ran(slug);
    JsonMatch.mismatch("", JsonValue.from(expected), block.outputs()).ifPresent(m ->
        fail(run() + " to give block '" + slug + "' outputs " + JsonMatch.text(JsonValue.from(expected))
            + " but " + m + "; its outputs: " + JsonMatch.text(block.outputs())));
    return this;
  }

  /** Checks the rendered run response ({@code runResponseTemplate}, or {@code failedRunResponseTemplate} on failure). */
  public RunResultAssert hasRunResponse(String expected) {
    isNotNull();
    if (!actual.runResponse().equals(Optional.of(expected))) {
      fail(run() + " to respond\n  " + expected + "\nbut it responded\n  "
          + actual.runResponse().orElse("(nothing: the workflow has no template for " + actual.status() + ")"));
    }
    return this;
  }

  /** Assertions on the rendered request of block {@code slug}, which must have run. */
  public RequestAssert request(String slug) {
    BlockRun block = ran(slug);
    OutboundRequest request = block.request().orElse(null);
    if (request == null) {
      fail(run() + " to record a request of block '" + slug + "' but a " + block.type()
          + " block sends none");
    }
    return new RequestAssert(this, actual.workflowTag(), request);
  }

  private BlockRun ran(String slug) {
    isNotNull();
    Optional<BlockRun> block = actual.block(slug);
    if (block.isEmpty()) {
      fail(run() + " to run block '" + slug + "' but it ran " + actual.executed() + ending());
    }
    return block.get();
  }
}

package dev.cortexflow.engine;

import dev.cortexflow.engine.internal.Execution;
import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A PAUSED run, continued the way Cortex continues it: an asynchronous HTTP block (HTTP_REQUEST_ASYNC whose answer
 * gives no callback) by the callback its external system posts, a MANUAL_APPROVAL block (no decision given) by
 * its approver's decision. Each call continues a copy, so one paused run can be continued several ways; the
 * blocks that ran before the pause are not run again and their requests are not sent again. Immutable and
 * thread-safe.
 */
public final class PausedRun {
  private final Execution execution;

  private PausedRun(Execution execution) {
    this.execution = execution;
  }

  /** The result of {@code execution} as it stands, with a handle to continue it when it is paused. */
  static RunResult resultOf(Execution execution) {
    return execution.result(execution.isPaused() ? Optional.of(new PausedRun(execution)) : Optional.empty());
  }

  /** The slug of the block the run waits on. */
  public String blockSlug() {
    return execution.pausedAt();
  }

  /** The {@code schema.type} of the block the run waits on: HTTP_REQUEST_ASYNC or MANUAL_APPROVAL. */
  public String blockType() {
    return execution.pausedType();
  }

  /**
   * Posts the callback ({@code CallbackRequest}) of asynchronous block {@code slug} and runs on: {@code SUCCESS}
   * exposes {@code response} (plain Java data or a JsonValue) at {@code actions.<slug>.outputs.result.output},
   * {@code FAILURE} fails the block.
   *
   * @throws IllegalArgumentException when the run does not wait on a callback of block {@code slug}
   */
  public RunResult callback(String slug, String status, Object response) {
    return callback(slug, status, "", response);
  }

  /** As {@link #callback(String, String, Object)}, with the callback's {@code message}. */
  public RunResult callback(String slug, String status, String message, Object response) {
    expect(slug, "HTTP_REQUEST_ASYNC", "a callback");
    return resultOf(execution.callback(Objects.requireNonNull(status, "status"),
        Objects.requireNonNull(message, "message"), JsonValue.from(response)));
  }

  /**
   * Approves MANUAL_APPROVAL block {@code slug} and runs on.
   *
   * @throws IllegalArgumentException when the run does not wait on a decision of block {@code slug}
   */
  public RunResult approve(String slug) {
    expect(slug, "MANUAL_APPROVAL", "a decision");
    return resultOf(execution.decide(true));
  }

  /** Rejects MANUAL_APPROVAL block {@code slug}: the run fails there. */
  public RunResult reject(String slug) {
    expect(slug, "MANUAL_APPROVAL", "a decision");
    return resultOf(execution.decide(false));
  }

  private void expect(String slug, String type, String what) {
    if (!blockSlug().equals(slug) || !blockType().equals(type)) {
      throw new IllegalArgumentException("the run waits on block '" + blockSlug() + "' (" + blockType()
          + "), not on " + what + " of block '" + slug + "'");
    }
  }

  @Override
  public String toString() {
    return "PausedRun[" + blockSlug() + " (" + blockType() + ")]";
  }
}

package dev.cortexflow.engine;

import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One block as it ran.
 *
 * @param slug the block's slug
 * @param type the block's {@code schema.type}
 * @param status COMPLETED, FAILED, or PAUSED (an asynchronous block waiting for its callback)
 * @param outputs what later blocks read at {@code actions.<slug>.outputs}
 * @param request the rendered request, for a block that sends one
 * @param error why the block failed
 */
public record BlockRun(String slug, String type, RunStatus status, JsonValue outputs,
    Optional<OutboundRequest> request, Optional<String> error) {
  public BlockRun {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(error, "error");
  }
}

package dev.cortexflow.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a callback to a paused async HTTP block ({@code CallbackRequest}).
 *
 * @param status key {@code status}
 * @param message key {@code message}: text shown on the run
 * @param response key {@code response}: a JSON object surfaced as {@code actions.<slug>.outputs.result.output};
 *     empty sends no {@code response}
 */
public record Callback(CallbackStatus status, String message, Map<String, Object> response) {

  /** Checks and copies the components (the response keeps its order). */
  public Callback {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    response = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(response));
  }

  /** A {@code SUCCESS} callback. */
  public static Callback success(String message, Map<String, ?> response) {
    return new Callback(CallbackStatus.SUCCESS, message, Map.copyOf(response));
  }

  /** A {@code FAILURE} callback with no response. */
  public static Callback failure(String message) {
    return new Callback(CallbackStatus.FAILURE, message, Map.of());
  }

  /** An {@code UPDATE} callback: the block stays paused. */
  public static Callback update(String message, Map<String, ?> response) {
    return new Callback(CallbackStatus.UPDATE, message, Map.copyOf(response));
  }
}

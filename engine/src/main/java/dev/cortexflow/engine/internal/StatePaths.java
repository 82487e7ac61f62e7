package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Resolves the dotted state paths of {@code REFERENCE} sources and input overrides
 * ({@code actions.parse-repo.outputs.result.owner}, {@code variables.x}): segments are object keys, or array
 * indexes when the value there is an array.
 */
public final class StatePaths {
  private StatePaths() {}

  /** The value at {@code path} in {@code state}, or a missing node when any segment is absent. */
  public static JsonNode resolve(JsonNode state, String path) {
    String trimmed = path.trim();
    if (trimmed.startsWith(".")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.isEmpty()) {
      return state;
    }
    JsonNode node = state;
    for (String segment : trimmed.split("\\.", -1)) {
      if (node.isArray() && segment.matches("\\d{1,9}")) {
        node = node.path(Integer.parseInt(segment));
      } else if (node.isObject()) {
        node = node.path(segment);
      } else {
        return MissingNode.getInstance();
      }
      if (node.isMissingNode()) {
        return node;
      }
    }
    return node;
  }
}

package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paths into the run state as blocks write them: {@code variables.app-name},
 * {@code actions["user-input"].outputs.publish}, {@code actions."get-x".outputs.body} (with or without a
 * leading dot). Hyphens are part of a name, as in Mustache.
 */
final class StatePath {
  private StatePath() {}

  /** The segments of {@code path}, or empty when it is no plain path (an expression, a call, …). */
  static Optional<List<String>> parse(String path) {
    String p = path.trim();
    if (p.startsWith(".")) {
      p = p.substring(1);
    }
    List<String> segments = new ArrayList<>();
    int i = 0;
    if (p.isEmpty()) {
      return Optional.of(segments);
    }
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '[' || c == '"') {
        boolean bracket = c == '[';
        int start = bracket ? i + 1 : i;
        if (start >= p.length() || (p.charAt(start) != '"' && p.charAt(start) != '\'')) {
          return Optional.empty();
        }
        char quote = p.charAt(start);
        int end = p.indexOf(quote, start + 1);
        if (end < 0) {
          return Optional.empty();
        }
        segments.add(p.substring(start + 1, end));
        i = end + 1;
        if (bracket) {
          if (i >= p.length() || p.charAt(i) != ']') {
            return Optional.empty();
          }
          i++;
        }
      } else {
        int end = i;
        while (end < p.length() && isNameChar(p.charAt(end))) {
          end++;
        }
        if (end == i) {
          return Optional.empty();
        }
        segments.add(p.substring(i, end));
        i = end;
      }
      if (i < p.length()) {
        if (p.charAt(i) == '.') {
          i++;
          if (i >= p.length()) {
            return Optional.empty();
          }
        } else if (p.charAt(i) != '[') {
          return Optional.empty();
        }
      }
    }
    return Optional.of(segments);
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /** The value at {@code path} in {@code state}; missing when any segment is absent or the path is no path. */
  static JsonNode resolve(JsonNode state, String path) {
    Optional<List<String>> segments = parse(path);
    if (segments.isEmpty()) {
      return MissingNode.getInstance();
    }
    JsonNode current = state;
    for (String segment : segments.get()) {
      if (current.isArray() && segment.matches("\\d{1,9}")) {
        current = current.path(Integer.parseInt(segment));
      } else {
        current = current.path(segment);
      }
    }
    return current;
  }
}

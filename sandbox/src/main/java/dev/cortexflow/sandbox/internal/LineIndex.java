package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** First and last line of every value of a JSON or YAML text, by JSON pointer, for validate's line numbers. */
final class LineIndex {
  record Lines(int start, int end) {}

  private final Map<String, Lines> byPointer;

  private LineIndex(Map<String, Lines> byPointer) {
    this.byPointer = byPointer;
  }

  /** Indexes {@code text}; a text that does not parse yields an empty index. */
  static LineIndex of(String text, ObjectMapper mapper) {
    // YAML has no closing brackets: a block ends on the last line of its content
    boolean closedByContent = mapper == Codec.yaml();
    Map<String, Lines> lines = new HashMap<>();
    Deque<int[]> open = new ArrayDeque<>();
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (token.isStructStart()) {
          open.push(new int[] {line, line});
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        Lines value;
        if (token.isStructEnd()) {
          int[] started = open.pop();
          value = new Lines(started[0], closedByContent ? started[1] : line);
        } else {
          value = new Lines(line, line);
        }
        lines.put(pointer, value);
        if (!open.isEmpty()) {
          open.peek()[1] = Math.max(open.peek()[1], value.end());
        }
      }
    } catch (IOException | RuntimeException e) {
      return new LineIndex(Map.of());
    }
    return new LineIndex(lines);
  }

  /** The lines of the value at {@code pointer}, or of its nearest indexed ancestor. */
  Optional<Lines> find(String pointer) {
    String current = pointer;
    while (true) {
      Lines found = byPointer.get(current);
      if (found != null) {
        return Optional.of(found);
      }
      if (current.isEmpty()) {
        return Optional.empty();
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }
}

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
    Map<String, Lines> lines = new HashMap<>();
    Deque<Integer> starts = new ArrayDeque<>();
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (token.isStructStart()) {
          starts.push(line);
        } else if (token.isStructEnd()) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          int start = starts.isEmpty() ? line : starts.pop();
          lines.put(pointer, new Lines(start, Math.max(start, lastContentLine(parser, line))));
        } else {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          lines.put(pointer, new Lines(line, line));
        }
      }
    } catch (IOException | RuntimeException e) {
      return new LineIndex(Map.of());
    }
    return new LineIndex(lines);
  }

  private static int lastContentLine(JsonParser parser, int line) {
    // YAML reports a block's end at the start of the next token, one line too far when the block ends a line
    return parser.currentTokenLocation().getColumnNr() == 1 && line > 1 ? line - 1 : line;
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

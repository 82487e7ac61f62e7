package dev.cortexflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an expected JSON value matches an actual one, for the test kit's assertions and scenario files alike: an
 * expected object matches when every key it names matches (a subset), arrays element by element, numbers by value,
 * and an expected object or array matches a string that holds that JSON.
 */
public final class JsonMatch {
  private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private JsonMatch() {}

  /** The first difference, as {@code at <path>: expected <e> but was <a>}, or empty when {@code expected} matches. */
  public static Optional<String> mismatch(String path, JsonValue expected, JsonValue actual) {
    if (expected instanceof JsonValue.JsonObject e) {
      JsonValue a = asJson(actual);
      if (!(a instanceof JsonValue.JsonObject o)) {
        return differ(path, expected, actual);
      }
      for (Map.Entry<String, JsonValue> member : e.members().entrySet()) {
        JsonValue value = o.members().get(member.getKey());
        String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
        if (value == null) {
          return Optional.of("at " + at + ": expected " + text(member.getValue()) + " but there is no " + at
              + " (keys: " + String.join(", ", o.members().keySet().stream().sorted().toList()) + ")");
        }
        Optional<String> inner = mismatch(at, member.getValue(), value);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected instanceof JsonValue.JsonArray e) {
      JsonValue a = asJson(actual);
      if (!(a instanceof JsonValue.JsonArray array) || array.values().size() != e.values().size()) {
        return differ(path, expected, actual);
      }
      List<JsonValue> values = array.values();
      for (int i = 0; i < values.size(); i++) {
        Optional<String> inner = mismatch(path + "[" + i + "]", e.values().get(i), values.get(i));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty() : differ(path, expected, actual);
  }

  private static Optional<String> differ(String path, JsonValue expected, JsonValue actual) {
    return Optional.of((path.isEmpty() ? "" : "at " + path + ": ") + "expected " + text(expected) + " but was "
        + text(actual));
  }

  /** A string that holds a JSON object or array stands for that value. */
  private static JsonValue asJson(JsonValue actual) {
    if (actual instanceof JsonValue.JsonString s) {
      String trimmed = s.value().trim();
      if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
        try {
          return JsonValue.from(MAPPER.readValue(trimmed, Object.class));
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
          return actual;
        }
      }
    }
    return actual;
  }

  /**
   * The value of JSON {@code text}.
   *
   * @throws IllegalArgumentException when it is not JSON, naming the problem
   */
  public static JsonValue parse(String text) {
    try {
      return JsonValue.from(MAPPER.readValue(text, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compact JSON text of {@code value}, keys sorted. */
  public static String text(JsonValue value) {
    try {
      return MAPPER.writeValueAsString(value.toJava());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds one descriptor object with keys in the order they are put; extensions go last. Objects are made with the
 * {@code JsonObject} constructor, which copies its map once ({@code JsonValue.object} would copy it twice).
 */
final class Out {
  private final Map<String, JsonValue> members = new LinkedHashMap<>();

  static Out object() {
    return new Out();
  }

  Out put(String key, JsonValue value) {
    members.put(key, value);
    return this;
  }

  Out put(String key, String value) {
    return put(key, JsonValue.of(value));
  }

  Out put(String key, boolean value) {
    return put(key, JsonValue.of(value));
  }

  Out put(String key, Out value) {
    return put(key, value.build());
  }

  Out opt(String key, Optional<String> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  Out optBool(String key, Optional<Boolean> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  Out optNumber(String key, Optional<? extends Number> value) {
    value.ifPresent(v -> put(key, JsonValue.of(v instanceof BigDecimal d ? d : new BigDecimal(v.toString()))));
    return this;
  }

  Out optStrings(String key, Optional<List<String>> value) {
    value.ifPresent(v -> strings(key, v));
    return this;
  }

  Out strings(String key, List<String> values) {
    return put(key, strings(values));
  }

  Out stringMap(String key, Map<String, String> values) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    new TreeMap<>(values).forEach((k, v) -> out.put(k, JsonValue.of(v)));
    return put(key, new JsonValue.JsonObject(out));
  }

  Out jsonMap(String key, Map<String, JsonValue> values) {
    return put(key, new JsonValue.JsonObject(sorted(values)));
  }

  /**
   * Free-form maps (headers, inputs, fields, extensions) are unordered in the model: equal models may iterate them
   * differently (think {@code Map.of}), so they are written in key order to keep the bytes equal too.
   */
  static Map<String, JsonValue> sorted(Map<String, JsonValue> members) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    new TreeMap<>(members).forEach((k, v) -> out.put(k, sorted(v)));
    return out;
  }

  static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      return new JsonValue.JsonObject(sorted(o.members()));
    }
    if (value instanceof JsonValue.JsonArray a) {
      List<JsonValue> items = new ArrayList<>(a.values().size());
      a.values().forEach(v -> items.add(sorted(v)));
      return JsonValue.array(items);
    }
    return value;
  }

  <T> Out list(String key, List<T> items, java.util.function.Function<T, JsonValue> writer) {
    List<JsonValue> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(writer.apply(i)));
    return put(key, JsonValue.array(out));
  }

  /** Adds unknown keys after the known ones; a key the model already wrote is not overwritten. */
  Out extensions(Map<String, JsonValue> extensions) {
    sorted(extensions).forEach(members::putIfAbsent);
    return this;
  }

  JsonValue build() {
    return new JsonValue.JsonObject(members);
  }

  static JsonValue strings(List<String> values) {
    List<JsonValue> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(JsonValue.of(v)));
    return JsonValue.array(out);
  }
}

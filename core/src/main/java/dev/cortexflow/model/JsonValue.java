package dev.cortexflow.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any JSON value, held without a third-party type: used where the descriptor allows free-form data
 * (variable {@code defaultValue}, {@code inputs} of integration blocks, Jira {@code fields}) and for the
 * {@code extensions} of every model value, the keys cortexflow does not know but keeps.
 *
 * <p>Values are immutable; objects keep their key order. Numbers compare by value ({@code 1} equals
 * {@code 1.0}).
 *
 * <pre class="compilable">{@code
 * JsonValue v = JsonValue.object(Map.of("dryRun", JsonValue.of(false)));
 * }</pre>
 */
public sealed interface JsonValue {

  /** The JSON {@code null}. */
  JsonNull NULL = new JsonNull();

  /** Returns a JSON string. */
  static JsonValue of(String value) {
    return new JsonString(value);
  }

  /** Returns a JSON boolean. */
  static JsonValue of(boolean value) {
    return new JsonBoolean(value);
  }

  /** Returns a JSON number. */
  static JsonValue of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /** Returns a JSON number. */
  static JsonValue of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /** Returns a JSON array of the given values. */
  static JsonValue array(List<? extends JsonValue> values) {
    return new JsonArray(List.copyOf(values));
  }

  /** Returns a JSON object with the given members, in the map's iteration order. */
  static JsonValue object(Map<String, ? extends JsonValue> members) {
    return new JsonObject(new java.util.LinkedHashMap<String, JsonValue>(members));
  }

  /**
   * Returns a JSON object with the given members in the given order: key, value, key, value, …; values are
   * JsonValues or plain Java data as {@link #from(Object)} takes it. Handy for generated code and literals:
   * {@code JsonValue.object("dryRun", false, "tags", List.of("a"))}.
   *
   * @throws IllegalArgumentException when a key is no String, a key repeats, a value is missing or is no JSON data
   */
  static JsonValue object(String key, Object value, Object... moreKeysAndValues) {
    if (moreKeysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("key '" + moreKeysAndValues[moreKeysAndValues.length - 1]
          + "' has no value: give keys and values in pairs");
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put(Objects.requireNonNull(key, "key"), from(value));
    for (int i = 0; i < moreKeysAndValues.length; i += 2) {
      if (!(moreKeysAndValues[i] instanceof String k)) {
        throw new IllegalArgumentException("key '" + moreKeysAndValues[i] + "' at position " + (i + 3)
            + " is no String: give keys and values in pairs");
      }
      if (members.put(k, from(moreKeysAndValues[i + 1])) != null) {
        throw new IllegalArgumentException("key '" + k + "' is given twice");
      }
    }
    return new JsonObject(members);
  }

  /**
   * Converts plain Java data ({@code null}, String or any other CharSequence such as a
   * {@code Template}, Boolean, Number, List, Map with String keys, or a JsonValue) into a
   * JsonValue, also when nested. The one conversion from Java data into JSON: the builder's custom fields and
   * integration inputs, variable defaults and the run engine's answers all go through it.
   *
   * @throws IllegalArgumentException for any other type
   */
  static JsonValue from(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof CharSequence text) {
      return new JsonString(text.toString());
    }
    if (value instanceof Boolean b) {
      return new JsonBoolean(b);
    }
    if (value instanceof BigDecimal d) {
      return new JsonNumber(d);
    }
    if (value instanceof Number n) {
      return new JsonNumber(new BigDecimal(n.toString()));
    }
    if (value instanceof List<?> list) {
      List<JsonValue> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(from(item));
      }
      return new JsonArray(items);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put(String.valueOf(k), from(v)));
      return new JsonObject(new java.util.LinkedHashMap<String, JsonValue>(members));
    }
    throw new IllegalArgumentException("value of type '" + value.getClass().getName() + "' is not JSON data");
  }

  /** Converts this value to plain Java data: null, String, Boolean, BigDecimal, List, Map. */
  Object toJava();

  /** The JSON {@code null}. */
  final class JsonNull implements JsonValue {
    private JsonNull() {}

    @Override
    public Object toJava() {
      return null;
    }

    @Override
    public String toString() {
      return "null";
    }
  }

  /** A JSON string. */
  record JsonString(String value) implements JsonValue {
    public JsonString {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object toJava() {
      return value;
    }
  }

  /** A JSON boolean. */
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public Object toJava() {
      return value;
    }
  }

  /** A JSON number; equality and hash ignore trailing zeros. */
  record JsonNumber(BigDecimal value) implements JsonValue {
    public JsonNumber {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object toJava() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof JsonNumber other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
      return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A JSON array. */
  record JsonArray(List<JsonValue> values) implements JsonValue {
    public JsonArray {
      values = List.copyOf(values);
    }

    @Override
    public Object toJava() {
      List<Object> out = new ArrayList<>(values.size());
      values.forEach(v -> out.add(v.toJava()));
      return Collections.unmodifiableList(out);
    }
  }

  /** A JSON object; keeps member order, but equality ignores it. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      Map<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
      members = Collections.unmodifiableMap(copy);
    }

    @Override
    public Object toJava() {
      Map<String, Object> out = new LinkedHashMap<>();
      members.forEach((k, v) -> out.put(k, v.toJava()));
      return Collections.unmodifiableMap(out);
    }
  }
}

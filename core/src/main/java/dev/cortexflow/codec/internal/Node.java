package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed descriptor value with its position; scalars keep their source text so "0123" stays readable. */
sealed interface Node {

  int line();

  int column();

  /** The JSON-type word used in messages. */
  String kind();

  /** The value as model JSON. */
  JsonValue toJson();

  record MapNode(Map<String, Node> members, int line, int column) implements Node {
    @Override
    public String kind() {
      return "object";
    }

    @Override
    public JsonValue toJson() {
      Map<String, JsonValue> out = new LinkedHashMap<>();
      members.forEach((k, v) -> out.put(k, v.toJson()));
      return new JsonValue.JsonObject(out);
    }
  }

  record ListNode(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "array";
    }

    @Override
    public JsonValue toJson() {
      List<JsonValue> out = new ArrayList<>(items.size());
      items.forEach(i -> out.add(i.toJson()));
      return JsonValue.array(out);
    }
  }

  /** A scalar: {@code value} is a JsonString, JsonNumber, JsonBoolean or JsonNull; {@code text} its source text. */
  record ScalarNode(JsonValue value, String text, int line, int column) implements Node {
    @Override
    public String kind() {
      if (value instanceof JsonValue.JsonString) {
        return "string";
      }
      if (value instanceof JsonValue.JsonNumber) {
        return "number";
      }
      if (value instanceof JsonValue.JsonBoolean) {
        return "boolean";
      }
      return "null";
    }

    @Override
    public JsonValue toJson() {
      return value;
    }

    boolean isNull() {
      return value == JsonValue.NULL;
    }
  }
}

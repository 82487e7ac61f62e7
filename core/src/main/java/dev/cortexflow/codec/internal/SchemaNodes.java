package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for JSON Schema (draft 2020-12) fragments, so the generator reads like the descriptor. */
final class SchemaNodes {
  private SchemaNodes() {}

  /** One property: its name, schema and whether the server requires it. */
  record Prop(String name, JsonValue schema, boolean required) {}

  static Prop req(String name, JsonValue schema) {
    return new Prop(name, schema, true);
  }

  static Prop opt(String name, JsonValue schema) {
    return new Prop(name, schema, false);
  }

  static JsonValue string(String description) {
    return typed("string", description);
  }

  /** A string matching a regular expression ({@code pattern}). */
  static JsonValue patterned(String description, String pattern) {
    Map<String, JsonValue> node = new LinkedHashMap<>(((JsonValue.JsonObject) string(description)).members());
    node.put("pattern", JsonValue.of(pattern));
    return JsonValue.object(node);
  }

  /** A string that may also be {@code null} (exports write null for absent optional values). */
  static JsonValue nullableString(String description) {
    return typed(List.of("string", "null"), description);
  }

  static JsonValue bool(String description) {
    return typed("boolean", description);
  }

  static JsonValue nullableBool(String description) {
    return typed(List.of("boolean", "null"), description);
  }

  static JsonValue number(String description) {
    return typed(List.of("number", "null"), description);
  }

  static JsonValue integer(String description) {
    return typed(List.of("integer", "null"), description);
  }

  static JsonValue strings(String description) {
    return with(typed("array", description), "items", typed("string", null));
  }

  static JsonValue nullableStrings(String description) {
    return with(typed(List.of("array", "null"), description), "items", typed("string", null));
  }

  static JsonValue stringMap(String description) {
    return with(typed("object", description), "additionalProperties", typed("string", null));
  }

  static JsonValue anyMap(String description) {
    return with(typed("object", description), "additionalProperties", JsonValue.object(Map.of()));
  }

  static JsonValue any(String description) {
    return JsonValue.object(Map.of("description", JsonValue.of(description)));
  }

  static JsonValue vocabulary(String description, List<? extends Vocabulary> known) {
    List<JsonValue> values = new ArrayList<>();
    known.forEach(v -> values.add(JsonValue.of(v.value())));
    return with(typed("string", description), "enum", JsonValue.array(values));
  }

  static JsonValue constant(String value, String description) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("description", JsonValue.of(description));
    m.put("const", JsonValue.of(value));
    return JsonValue.object(m);
  }

  static JsonValue ref(String definition, String description) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("description", JsonValue.of(description));
    m.put("$ref", JsonValue.of("#/$defs/" + definition));
    return JsonValue.object(m);
  }

  static JsonValue listOf(JsonValue items, String description) {
    return with(typed("array", description), "items", items);
  }

  static JsonValue oneOf(List<String> definitions, String description) {
    List<JsonValue> refs = new ArrayList<>();
    definitions.forEach(d -> refs.add(JsonValue.object(Map.of("$ref", JsonValue.of("#/$defs/" + d)))));
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("description", JsonValue.of(description));
    m.put("oneOf", JsonValue.array(refs));
    return JsonValue.object(m);
  }

  /** An object with the given properties; required ones listed in {@code required}, others allowed. */
  static JsonValue object(String description, List<Prop> props) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    List<JsonValue> required = new ArrayList<>();
    for (Prop p : props) {
      properties.put(p.name(), p.schema());
      if (p.required()) {
        required.add(JsonValue.of(p.name()));
      }
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("type", JsonValue.of("object"));
    m.put("description", JsonValue.of(description));
    m.put("properties", JsonValue.object(properties));
    if (!required.isEmpty()) {
      m.put("required", JsonValue.array(required));
    }
    return JsonValue.object(m);
  }

  /** The schema, or {@code null}: a second type for typed schemas, a oneOf with null around a reference. */
  static JsonValue nullable(JsonValue schema) {
    Map<String, JsonValue> m = new LinkedHashMap<>(((JsonValue.JsonObject) schema).members());
    JsonValue type = m.get("type");
    if (type instanceof JsonValue.JsonString t) {
      m.put("type", JsonValue.array(List.of(t, JsonValue.of("null"))));
      return JsonValue.object(m);
    }
    JsonValue ref = m.remove("$ref");
    m.put("oneOf", JsonValue.array(List.of(JsonValue.object(Map.of("$ref", ref)),
        JsonValue.object(Map.of("type", JsonValue.of("null"))))));
    return JsonValue.object(m);
  }

  private static JsonValue typed(Object type, String description) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("type", type instanceof String s ? JsonValue.of(s) : Out.strings(castList(type)));
    if (description != null) {
      m.put("description", JsonValue.of(description));
    }
    return JsonValue.object(m);
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  private static JsonValue with(JsonValue schema, String key, JsonValue value) {
    Map<String, JsonValue> m = new LinkedHashMap<>(((JsonValue.JsonObject) schema).members());
    m.put(key, value);
    return JsonValue.object(m);
  }
}

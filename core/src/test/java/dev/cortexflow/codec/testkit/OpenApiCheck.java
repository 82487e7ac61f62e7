package dev.cortexflow.codec.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict check of a descriptor against {@code WorkflowDefinition} in the OpenAPI subset, with the semantics of
 * {@code descriptor.py schema} (no --lenient): required fields (null counts as absent), JSON types, enums,
 * uniqueItems, int32 range; discriminated objects checked against the subtype their {@code type} selects (the
 * subtype's title, else its upper-cased simple name); an unknown {@code type} is an error. Unknown keys are not
 * errors (the server accepts some), as in the Python tool.
 */
public final class OpenApiCheck {
  private static final String REF = "#/components/schemas/";
  private final JsonNode schemas;
  private final Map<String, Map<String, String>> subtypes = new LinkedHashMap<>();

  private OpenApiCheck(JsonNode schemas) {
    this.schemas = schemas;
  }

  /** Loads the OpenAPI file. */
  public static OpenApiCheck load(Path openApi) {
    try {
      return new OpenApiCheck(new ObjectMapper().readTree(openApi.toFile()).path("components").path("schemas"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of descriptor text, as {@code <pointer>: <message>} lines; empty when valid. */
  public List<String> errors(String descriptor) {
    List<String> out = new ArrayList<>();
    check(PlainData.parse(descriptor), ref("WorkflowDefinition"), "", out);
    return out;
  }

  private static JsonNode ref(String name) {
    return new ObjectMapper().createObjectNode().put("$ref", REF + name);
  }

  private String refName(JsonNode schema) {
    return schema.has("$ref") ? schema.get("$ref").asText().substring(REF.length()) : null;
  }

  private void check(Object node, JsonNode schema, String ptr, List<String> out) {
    String name = null;
    while (schema.has("$ref")) {
      name = refName(schema);
      schema = schemas.get(name);
    }
    if ("JsonNode".equals(name)) {
      return;
    }
    Map<String, String> variants = dispatch(name, schema);
    if (variants != null) {
      variant(node, ptr, variants, out);
      return;
    }
    String expected = schema.has("type") ? schema.get("type").asText()
        : schema.has("properties") || schema.has("allOf") ? "object" : null;
    if (!typeOk(node, expected)) {
      out.add(ptr + ": expected " + expected + ", got " + node);
    } else if (schema.has("enum") && !enumHas(schema.get("enum"), node)) {
      out.add(ptr + ": " + node + " is not one of " + schema.get("enum"));
    } else if ("object".equals(expected)) {
      object(node, schema, ptr, out);
    } else if ("array".equals(expected)) {
      array((List<?>) node, schema, ptr, out);
    } else if ("integer".equals(expected) && "int32".equals(schema.path("format").asText())) {
      BigInteger v = new BigDecimal(node.toString()).toBigInteger();
      if (v.bitLength() > 31) {
        out.add(ptr + ": " + node + " is out of int32 range");
      }
    }
  }

  private Map<String, String> dispatch(String name, JsonNode schema) {
    if (name != null && schema.has("discriminator")) {
      return subtypes(name);
    }
    if (schema.has("oneOf")) {
      Set<String> members = new HashSet<>();
      Set<String> parents = new HashSet<>();
      schema.get("oneOf").forEach(m -> {
        members.add(refName(m));
        parents.add(parentOf(refName(m)));
      });
      if (parents.size() == 1 && !parents.contains(null)) {
        Map<String, String> all = subtypes(parents.iterator().next());
        Map<String, String> some = new LinkedHashMap<>();
        all.forEach((k, v) -> {
          if (members.contains(v)) {
            some.put(k, v);
          }
        });
        return some;
      }
    }
    return null;
  }

  private Map<String, String> subtypes(String parent) {
    return subtypes.computeIfAbsent(parent, p -> {
      JsonNode schema = schemas.get(p);
      List<String> names = new ArrayList<>();
      if (schema.has("oneOf")) {
        schema.get("oneOf").forEach(m -> names.add(refName(m)));
      } else {
        schemas.fieldNames().forEachRemaining(n -> {
          if (p.equals(parentOf(n))) {
            names.add(n);
          }
        });
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (String n : names) {
        JsonNode s = schemas.get(n);
        String value = s.has("title") ? s.get("title").asText() : n.substring(n.lastIndexOf('.') + 1).toUpperCase();
        out.put(value, n);
      }
      return out;
    });
  }

  private String parentOf(String name) {
    JsonNode s = name == null ? null : schemas.get(name);
    if (s == null || !s.has("allOf")) {
      return null;
    }
    for (JsonNode m : s.get("allOf")) {
      String r = refName(m);
      if (r != null && schemas.get(r).has("discriminator")) {
        return r;
      }
    }
    return null;
  }

  private void variant(Object node, String ptr, Map<String, String> variants, List<String> out) {
    if (!(node instanceof Map<?, ?> map)) {
      out.add(ptr + ": expected object, got " + node);
      return;
    }
    Object type = map.get("type");
    if (type == null) {
      out.add(ptr + "/type: missing discriminator 'type'");
    } else if (variants.containsKey(type.toString())) {
      String sub = variants.get(type.toString());
      object(node, schemas.get(sub), ptr, out);
    } else {
      out.add(ptr + "/type: unknown type '" + type + "' (expected one of " + variants.keySet() + ")");
    }
  }

  private void object(Object node, JsonNode schema, String ptr, List<String> out) {
    if (!(node instanceof Map<?, ?> map)) {
      out.add(ptr + ": expected object, got " + node);
      return;
    }
    Map<String, List<JsonNode>> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    JsonNode[] additional = new JsonNode[1];
    flatten(schema, props, required, additional, new HashSet<>());
    for (String key : required) {
      if (map.get(key) == null) {
        out.add(ptr + "/" + key + ": missing required field '" + key + "'");
      }
    }
    map.forEach((k, v) -> {
      String where = ptr + "/" + k.toString().replace("~", "~0").replace("/", "~1");
      if (props.containsKey(k.toString())) {
        if (v != null) {
          props.get(k.toString()).forEach(p -> check(v, p, where, out));
        }
      } else if (additional[0] != null && additional[0].isObject()) {
        check(v, additional[0], where, out);
      }
    });
  }

  private void flatten(JsonNode schema, Map<String, List<JsonNode>> props, List<String> required,
      JsonNode[] additional, Set<JsonNode> seen) {
    while (schema.has("$ref")) {
      schema = schemas.get(refName(schema));
    }
    if (!seen.add(schema)) {
      return;
    }
    for (JsonNode m : schema.path("allOf")) {
      flatten(m, props, required, additional, seen);
    }
    schema.path("properties").fields().forEachRemaining(e ->
        props.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    schema.path("required").forEach(r -> {
      if (!required.contains(r.asText())) {
        required.add(r.asText());
      }
    });
    if (schema.has("additionalProperties")) {
      additional[0] = schema.get("additionalProperties");
    }
  }

  private void array(List<?> node, JsonNode schema, String ptr, List<String> out) {
    if (schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), schema.get("items"), ptr + "/" + i, out);
      }
    }
    if (schema.path("uniqueItems").asBoolean(false) && new HashSet<>(node).size() != node.size()) {
      out.add(ptr + ": items must be unique");
    }
  }

  private static boolean typeOk(Object v, String expected) {
    if (expected == null) {
      return true;
    }
    return switch (expected) {
      case "string" -> v instanceof String;
      case "boolean" -> v instanceof Boolean;
      case "object" -> v instanceof Map;
      case "array" -> v instanceof List;
      case "number" -> v instanceof Number;
      case "integer" -> v instanceof BigInteger || v instanceof Integer || v instanceof Long
          || v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
      default -> true;
    };
  }

  private static boolean enumHas(JsonNode values, Object v) {
    for (JsonNode e : values) {
      if (e.isTextual() && e.asText().equals(v)) {
        return true;
      }
    }
    return false;
  }
}

package dev.cortexflow.codec.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates descriptor data against a JSON Schema, supporting exactly the keywords cortexflow's schema emits:
 * {@code $ref} (to {@code #/$defs/...}), {@code type} (a name or a list), {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code const}, {@code pattern} and {@code oneOf}. Annotations
 * ({@code description}, {@code title}, {@code $schema}, {@code $id}) are ignored; any other keyword fails loudly so
 * that the check never silently passes what it does not understand.
 */
public final class JsonSchemaCheck {
  private static final List<String> KNOWN = List.of("$ref", "type", "properties", "required",
      "additionalProperties", "items", "enum", "const", "pattern", "oneOf", "description", "title", "$schema", "$id", "$defs");
  private final JsonNode root;

  private JsonSchemaCheck(JsonNode root) {
    this.root = root;
  }

  /** Loads a schema from its text. */
  public static JsonSchemaCheck of(String schemaText) {
    try {
      return new JsonSchemaCheck(new ObjectMapper().readTree(schemaText));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of descriptor text (YAML or JSON) as {@code <pointer>: <message>}; empty when valid. */
  public List<String> errors(String descriptor) {
    List<String> out = new ArrayList<>();
    check(PlainData.parse(descriptor), root, "", out);
    return out;
  }

  private void check(Object value, JsonNode schema, String ptr, List<String> out) {
    schema.fieldNames().forEachRemaining(k -> {
      if (!KNOWN.contains(k)) {
        throw new IllegalStateException("unsupported keyword " + k + " at " + ptr);
      }
    });
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(value, root.path("$defs").path(ref.substring("#/$defs/".length())), ptr, out);
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      out.add(ptr + ": expected " + schema.get("type") + ", got " + value);
      return;
    }
    if (schema.has("const") && !schema.get("const").asText().equals(value)) {
      out.add(ptr + ": expected " + schema.get("const") + ", got " + value);
    }
    if (schema.has("pattern") && value instanceof String text
        && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      out.add(ptr + ": " + text + " does not match " + schema.get("pattern").asText());
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.asText().equals(value);
      }
      if (!found) {
        out.add(ptr + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("oneOf") && value instanceof Map<?, ?> map && discriminated(schema.get("oneOf"))) {
      JsonNode chosen = null;
      for (JsonNode option : schema.get("oneOf")) {
        if (resolve(option).path("properties").path("type").path("const").asText().equals(map.get("type"))) {
          chosen = option;
        }
      }
      if (chosen == null) {
        out.add(ptr + "/type: unknown type " + map.get("type"));
      } else {
        check(value, chosen, ptr, out);
      }
    } else if (schema.has("oneOf")) {
      int matches = 0;
      List<String> last = List.of();
      for (JsonNode option : schema.get("oneOf")) {
        List<String> errors = new ArrayList<>();
        check(value, option, ptr, errors);
        if (errors.isEmpty()) {
          matches++;
        } else if (last.isEmpty() || errors.size() < last.size()) {
          last = errors;
        }
      }
      if (matches != 1) {
        out.add(ptr + ": matches " + matches + " of the oneOf schemas" + (matches == 0 ? "; closest: " + last : ""));
      }
    }
    if (value instanceof Map<?, ?> map) {
      for (JsonNode r : schema.path("required")) {
        if (!map.containsKey(r.asText())) {
          out.add(ptr + "/" + r.asText() + ": missing required property");
        }
      }
      map.forEach((k, v) -> {
        JsonNode prop = schema.path("properties").get(k.toString());
        if (prop != null) {
          check(v, prop, ptr + "/" + k, out);
        } else if (schema.has("additionalProperties")) {
          check(v, schema.get("additionalProperties"), ptr + "/" + k, out);
        }
      });
    }
    if (value instanceof List<?> list && schema.has("items")) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), schema.get("items"), ptr + "/" + i, out);
      }
    }
  }

  /** Whether every option is an object schema whose {@code type} property is a const (a discriminator). */
  private boolean discriminated(JsonNode options) {
    for (JsonNode option : options) {
      if (!resolve(option).path("properties").path("type").has("const")) {
        return false;
      }
    }
    return true;
  }

  private JsonNode resolve(JsonNode schema) {
    return schema.has("$ref") ? root.path("$defs").path(schema.get("$ref").asText().substring(8)) : schema;
  }

  private static boolean typeMatches(Object value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(value, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "null" -> value == null;
      case "number" -> value instanceof Number;
      case "integer" -> value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
      default -> throw new IllegalStateException("unsupported type " + type);
    };
  }
}

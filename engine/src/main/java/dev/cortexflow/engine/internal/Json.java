package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.model.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts between the model's {@link JsonValue} and the Jackson trees the evaluators work on. */
public final class Json {
  /** One mapper for the whole engine: numbers read as BigDecimal so that values compare exactly. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  public static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static JsonNode toNode(JsonValue value) {
    if (value instanceof JsonValue.JsonString s) {
      return NODES.textNode(s.value());
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof JsonValue.JsonNumber n) {
      return number(n.value());
    }
    if (value instanceof JsonValue.JsonArray a) {
      ArrayNode array = NODES.arrayNode();
      a.values().forEach(v -> array.add(toNode(v)));
      return array;
    }
    if (value instanceof JsonValue.JsonObject o) {
      ObjectNode object = NODES.objectNode();
      o.members().forEach((k, v) -> object.set(k, toNode(v)));
      return object;
    }
    return NODES.nullNode();
  }

  private static JsonNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (value.scale() <= 0 || stripped.scale() <= 0) {
      try {
        return NODES.numberNode(stripped.longValueExact());
      } catch (ArithmeticException tooBig) {
        return NODES.numberNode(stripped.toBigIntegerExact());
      }
    }
    return NODES.numberNode(value);
  }

  public static JsonValue toValue(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return JsonValue.NULL;
    }
    if (node.isTextual()) {
      return JsonValue.of(node.textValue());
    }
    if (node.isBoolean()) {
      return JsonValue.of(node.booleanValue());
    }
    if (node.isNumber()) {
      return JsonValue.of(node.decimalValue());
    }
    if (node.isArray()) {
      List<JsonValue> items = new ArrayList<>(node.size());
      node.forEach(n -> items.add(toValue(n)));
      return JsonValue.array(items);
    }
    if (node.isObject()) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        members.put(field.getKey(), toValue(field.getValue()));
      }
      return JsonValue.object(members);
    }
    return JsonValue.of(node.asText());
  }

  /** Compact JSON text of {@code node}. */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tree of {@code text} when it is JSON, otherwise empty. */
  public static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(MAPPER.readTree(text));
    } catch (JsonProcessingException | IllegalArgumentException notJson) {
      return Optional.empty();
    }
  }
}

package dev.cortexflow.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads response bodies and converts them into cortexflow's own {@link JsonValue}, so no Jackson type leaks out of
 * a client's API.
 */
public final class JsonData {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonData() {}

  /**
   * Parses a response body; text that is not JSON raises {@link IllegalArgumentException} with a short reason,
   * which {@link ApiCaller} reports as {@link dev.cortexflow.client.CortexApiException.MalformedResponse}.
   */
  public static JsonNode parse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("response body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("response body is not JSON: " + e.getOriginalMessage());
    }
  }

  /** Writes plain Java data or a {@link JsonValue} as compact JSON text, members in their order. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value instanceof JsonValue json ? json.toJava() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /** The value of {@code node}; a missing node is {@link JsonValue#NULL}. Numbers keep every digit. */
  public static JsonValue of(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return JsonValue.NULL;
    }
    if (node.isTextual()) {
      return JsonValue.of(node.asText());
    }
    if (node.isBoolean()) {
      return JsonValue.of(node.asBoolean());
    }
    if (node.isNumber()) {
      return JsonValue.of(node.decimalValue());
    }
    if (node.isArray()) {
      List<JsonValue> items = new ArrayList<>(node.size());
      node.forEach(item -> items.add(of(item)));
      return JsonValue.array(items);
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> members.put(e.getKey(), of(e.getValue())));
    return JsonValue.object(members);
  }
}

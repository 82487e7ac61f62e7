package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/** JSON and YAML reading (duplicate keys rejected) and writing, as the server does. */
final class Codec {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Codec() {}

  /** Parses a body; a syntax error or a duplicate key becomes a 400 with the parser's own words. */
  static JsonNode read(byte[] body, MediaType type) {
    try {
      JsonNode node = mapper(type).readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("Required request body is missing");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(describe(e));
    } catch (IOException e) {
      throw ApiException.badRequest("Unreadable request body: " + e.getMessage());
    }
  }

  /** The parser message without Jackson's location suffix, e.g. {@code Duplicate field 'filter'}. */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e instanceof JsonParseException && message != null && message.startsWith("Duplicate field")) {
      return message;
    }
    return "Malformed " + (e.getClass().getName().contains("yaml") ? "YAML" : "request body")
        + ": " + firstLine(message);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  static byte[] write(JsonNode node, MediaType type) {
    try {
      return mapper(type).writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a tree", e);
    }
  }

  static byte[] writeJson(JsonNode node) {
    return write(node, MediaType.JSON);
  }

  static ObjectMapper json() {
    return JSON;
  }

  static ObjectMapper yaml() {
    return YAML;
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  private static ObjectMapper mapper(MediaType type) {
    return type == MediaType.YAML ? YAML : JSON;
  }
}

package dev.cortexflow.engine;

import dev.cortexflow.model.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request a block would send, fully rendered. For HTTP blocks {@code fields} is
 * {@code {method, url, headers, body}}; for integration blocks it is the block's {@code schema} fields (without
 * {@code type}) after templating, e.g. {@code {channel, message}} for SLACK.
 *
 * @param slug the block's slug
 * @param blockType the block's {@code schema.type}
 * @param fields what is sent
 */
public record OutboundRequest(String slug, String blockType, JsonValue fields) {
  public OutboundRequest {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(blockType, "blockType");
    Objects.requireNonNull(fields, "fields");
  }

  /** The HTTP method of an HTTP block's request. */
  public Optional<String> method() {
    return text("method");
  }

  /** The rendered URL of an HTTP block's request. */
  public Optional<String> url() {
    return text("url");
  }

  /** The rendered body of an HTTP block's request ({@code payload}). */
  public Optional<String> body() {
    return text("body");
  }

  /** The rendered headers of an HTTP block's request. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (field("headers") instanceof JsonValue.JsonObject object) {
      object.members().forEach((k, v) -> headers.put(k, v instanceof JsonValue.JsonString s ? s.value() : v.toString()));
    }
    return headers;
  }

  /** One field of the request, {@link JsonValue#NULL} when absent. */
  public JsonValue field(String name) {
    if (fields instanceof JsonValue.JsonObject object) {
      return object.members().getOrDefault(name, JsonValue.NULL);
    }
    return JsonValue.NULL;
  }

  private Optional<String> text(String name) {
    return field(name) instanceof JsonValue.JsonString s ? Optional.of(s.value()) : Optional.empty();
  }
}

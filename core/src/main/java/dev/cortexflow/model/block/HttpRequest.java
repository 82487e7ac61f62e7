package dev.cortexflow.model.block;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An HTTP request block: calls a URL and exposes the response under {@code actions.<slug>.outputs.body}. Descriptor {@code type: HTTP_REQUEST}. */
@Value.Immutable
public non-sealed interface HttpRequest extends BlockSchema {

  /** Returns {@code HTTP_REQUEST}. */
  @Override
  default String type() {
    return "HTTP_REQUEST";
  }

  /** URL to call ({@code url}); Mustache allowed; relative when {@code integration} is set. */
  String url();

  /** HTTP method ({@code httpMethod}). */
  HttpMethod httpMethod();

  /** Request headers ({@code headers}, default empty); values may be templated. */
  Map<String, String> headers();

  /** Request body as text ({@code payload}). */
  Optional<String> payload();

  /** Alias of the integration whose credentials are used ({@code integrationAlias}); must be literal. */
  Optional<String> integrationAlias();

  /** Target host override ({@code targetHost}). */
  Optional<String> targetHost();

  /** Integration kind whose base URL is prepended ({@code integration}), such as {@code GitHub}. */
  Optional<String> integration();

  /** Returns a new builder. */
  static ImmutableHttpRequest.Builder builder() {
    return ImmutableHttpRequest.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#httpRequest httpRequest} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.httpRequest(this);
  }
}

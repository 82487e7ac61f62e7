package dev.cortexflow.model.block;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An asynchronous HTTP request block: sends the request, then pauses until an external system posts to the callback URL ({@code {{callbackUrl}}}). Descriptor {@code type: HTTP_REQUEST_ASYNC}. */
@Value.Immutable
public non-sealed interface HttpRequestAsync extends BlockSchema {

  /** Returns {@code HTTP_REQUEST_ASYNC}. */
  @Override
  default String type() {
    return "HTTP_REQUEST_ASYNC";
  }

  /** URL to call ({@code url}); Mustache allowed. */
  String url();

  /** HTTP method ({@code httpMethod}). */
  HttpMethod httpMethod();

  /** Request headers ({@code headers}, default empty). */
  Map<String, String> headers();

  /** Request body as text ({@code payload}). */
  Optional<String> payload();

  /** Alias of the integration whose credentials are used ({@code integrationAlias}); must be literal. */
  Optional<String> integrationAlias();

  /** Target host override ({@code targetHost}). */
  Optional<String> targetHost();

  /** Integration kind ({@code integration}). */
  Optional<String> integration();

  /** How long to wait for the callback ({@code timeoutInSeconds}). */
  Optional<Integer> timeoutInSeconds();

  /** Returns a new builder. */
  static ImmutableHttpRequestAsync.Builder builder() {
    return ImmutableHttpRequestAsync.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#httpRequestAsync httpRequestAsync} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.httpRequestAsync(this);
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequestAsync;
import java.util.Optional;

/**
 * An {@code HTTP_REQUEST_ASYNC} block: sends the request, then pauses until an external system posts to the
 * callback URL ({@code Expr.callbackUrl()}); the callback's {@code response} is at
 * {@code actions.<slug>.outputs.result.output}. Create it
 * with {@link Blocks#asyncHttpRequest(String, String, HttpMethod, CharSequence)}.
 */
public final class AsyncHttpRequestBlock extends BlockSpec<AsyncHttpRequestBlock> {

  private final HttpMethod method;
  private final String url;
  private final HttpSettings http = new HttpSettings();
  private Optional<Integer> timeoutInSeconds = Optional.empty();

  AsyncHttpRequestBlock(String slug, String name, HttpMethod method, CharSequence url) {
    super(slug, name);
    this.method = method;
    this.url = url.toString();
  }

  /** Adds a request header ({@code headers.<name>}); the value may be a template. */
  public AsyncHttpRequestBlock header(String name, CharSequence value) {
    http.header(slug(), name, value);
    return self();
  }

  /** Sets the request body text ({@code payload}); use raw Mustache ({@code {{{…}}}}) inside JSON. */
  public AsyncHttpRequestBlock payload(CharSequence payload) {
    http.payload = Optional.of(set("payload", payload));
    return self();
  }

  /** Sets the alias of the integration whose credentials are used ({@code integrationAlias}); must be literal. */
  public AsyncHttpRequestBlock integrationAlias(String alias) {
    http.integrationAlias = Optional.of(set("integrationAlias", alias));
    return self();
  }

  /** Sets the target host override ({@code targetHost}). */
  public AsyncHttpRequestBlock targetHost(String host) {
    http.targetHost = Optional.of(set("targetHost", host));
    return self();
  }

  /** Sets the integration whose base URL is prepended to a relative url ({@code integration}), e.g. {@code GitHub}. */
  public AsyncHttpRequestBlock integration(String integration) {
    http.integration = Optional.of(set("integration", integration));
    return self();
  }

  /** Sets how long the block waits for the callback ({@code timeoutInSeconds}). */
  public AsyncHttpRequestBlock timeoutInSeconds(int seconds) {
    if (seconds <= 0) {
      throw new IllegalArgumentException("timeoutInSeconds " + seconds + " of block '" + slug() + "' is not valid: use a positive number");
    }
    once("timeoutInSeconds");
    timeoutInSeconds = Optional.of(seconds);
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return HttpRequestAsync.builder().url(url).httpMethod(method).headers(http.headers).payload(http.payload)
        .integrationAlias(http.integrationAlias).targetHost(http.targetHost).integration(http.integration)
        .timeoutInSeconds(timeoutInSeconds)
        .putAllExtensions(customFields()).build();
  }
}

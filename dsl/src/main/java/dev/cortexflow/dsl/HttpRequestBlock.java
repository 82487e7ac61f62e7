package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import java.util.Optional;

/**
 * An {@code HTTP_REQUEST} block: calls a URL; the response is at {@code actions.<slug>.outputs.body}. Create it
 * with {@link Blocks#httpRequest(String, String, HttpMethod, CharSequence)}.
 */
public final class HttpRequestBlock extends BlockSpec<HttpRequestBlock> {

  private final HttpMethod method;
  private final String url;
  private final HttpSettings http = new HttpSettings();

  HttpRequestBlock(String slug, String name, HttpMethod method, CharSequence url) {
    super(slug, name);
    this.method = method;
    this.url = url.toString();
  }

  /** Adds a request header ({@code headers.<name>}); the value may be a template. */
  public HttpRequestBlock header(String name, CharSequence value) {
    http.header(slug(), name, value);
    return self();
  }

  /** Sets the request body text ({@code payload}); use raw Mustache ({@code {{{…}}}}) inside JSON. */
  public HttpRequestBlock payload(CharSequence payload) {
    http.payload = Optional.of(set("payload", payload));
    return self();
  }

  /** Sets the alias of the integration whose credentials are used ({@code integrationAlias}); must be literal. */
  public HttpRequestBlock integrationAlias(String alias) {
    http.integrationAlias = Optional.of(set("integrationAlias", alias));
    return self();
  }

  /** Sets the target host override ({@code targetHost}). */
  public HttpRequestBlock targetHost(String host) {
    http.targetHost = Optional.of(set("targetHost", host));
    return self();
  }

  /** Sets the integration whose base URL is prepended to a relative url ({@code integration}), e.g. {@code GitHub}. */
  public HttpRequestBlock integration(String integration) {
    http.integration = Optional.of(set("integration", integration));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return HttpRequest.builder().url(url).httpMethod(method).headers(http.headers).payload(http.payload)
        .integrationAlias(http.integrationAlias).targetHost(http.targetHost).integration(http.integration)
        .putAllExtensions(customFields()).build();
  }
}

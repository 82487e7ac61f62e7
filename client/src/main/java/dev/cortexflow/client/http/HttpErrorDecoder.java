package dev.cortexflow.client.http;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.ServerViolation;
import dev.cortexflow.client.internal.ApiJson;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** The one place that turns an HTTP error status into the {@link CortexApiException} family, for every client. */
public final class HttpErrorDecoder implements ErrorDecoder {

  private static final int MAX_READ = 64 * 1024;
  private static final int MAX_DETAIL = 200;

  private final Redactor redactor;
  private final BooleanSupplier hasToken;
  private final String tokenVariable;

  /**
   * @param redactor applied to the body and the message
   * @param hasToken whether a token was sent, so that a 401 without one says which variable to set
   * @param tokenVariable the environment variable a 401 without a token points to, e.g. {@code CORTEX_API_TOKEN}
   */
  public HttpErrorDecoder(Redactor redactor, BooleanSupplier hasToken, String tokenVariable) {
    this.redactor = redactor;
    this.hasToken = hasToken;
    this.tokenVariable = tokenVariable;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String method = response.request().httpMethod().name();
    String path = pathOf(response.request().url());
    String body = redactor.redact(readBody(response));
    int status = response.status();
    String detail;
    if (status == 401 && !hasToken.getAsBoolean()) {
      detail = "no API token: set " + tokenVariable;
    } else if (status == 401 && body.isBlank()) {
      // the JDK client drops the body of a 401 to a streamed POST
      detail = "the API token was rejected";
    } else {
      detail = redactor.redact(detail(status, response.reason(), body));
    }
    return switch (status) {
      case 400 -> rejected(method, path, body, detail);
      case 401 -> new CortexApiException.Unauthorized(method, path, body, detail);
      case 403 -> new CortexApiException.Forbidden(method, path, body, detail);
      case 404 -> new CortexApiException.NotFound(method, path, body, detail);
      case 429 -> new CortexApiException.RateLimited(method, path, body, detail, retryAfter(response, body));
      default -> status >= 500 && status <= 599
          ? new CortexApiException.ServerError(status, method, path, body, detail)
          : new CortexApiException.UnexpectedStatus(status, method, path, body, detail);
    };
  }

  /** Path and query of a request URL, which is what messages show (the base URL is the caller's own). */
  public static String pathOf(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static CortexApiException rejected(String method, String path, String body, String detail) {
    List<ServerViolation> violations = ApiJson.errorViolations(body).map(ApiJson::violations).orElse(List.of());
    return new CortexApiException.DefinitionRejected(method, path, body, detail, violations);
  }

  private static String detail(int status, String reason, String body) {
    String text = ApiJson.errorMessage(body).orElseGet(() -> firstLine(body));
    if (text.isBlank()) {
      text = reason == null || reason.isBlank() ? "HTTP " + status : reason;
    }
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
  }

  private static String firstLine(String body) {
    String stripped = body.strip();
    int nl = stripped.indexOf('\n');
    return nl < 0 ? stripped : stripped.substring(0, nl).strip();
  }

  private static Duration retryAfter(Response response, String body) {
    Collection<String> values = response.headers().getOrDefault("Retry-After",
        response.headers().getOrDefault("retry-after", List.of()));
    for (String value : values) {
      try {
        long seconds = Long.parseLong(value.strip());
        if (seconds >= 0) {
          return Duration.ofSeconds(seconds);
        }
      } catch (NumberFormatException e) {
        // an HTTP date: fall through to the body, then to the retry policy's own backoff
      }
    }
    OptionalInt fromBody = ApiJson.retryAfterSeconds(body);
    return fromBody.isPresent() && fromBody.getAsInt() >= 0 ? Duration.ofSeconds(fromBody.getAsInt())
        : Duration.ZERO;
  }

  private static String readBody(Response response) {
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_READ), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}

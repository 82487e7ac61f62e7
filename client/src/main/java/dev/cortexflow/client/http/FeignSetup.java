package dev.cortexflow.client.http;

import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one Feign configuration of every cortexflow client: an HTTP client with the given timeouts, response
 * bodies as text, errors decoded into {@link dev.cortexflow.client.CortexApiException}, no Feign retries (the
 * {@link ApiCaller} retries), no Feign logging, and {@code Authorization: Bearer <token>} when there is a token.
 */
public final class FeignSetup {

  private FeignSetup() {}

  /**
   * A Feign builder on the JDK's {@code HttpURLConnection} client, to {@code target(...)} the client's interfaces
   * with.
   *
   * @param token asked at each request; null or blank sends no {@code Authorization} header
   * @param tokenVariable the environment variable a 401 without a token points to
   */
  public static Feign.Builder builder(Supplier<String> token, String userAgent, Duration connectTimeout,
      Duration readTimeout, Redactor redactor, String tokenVariable) {
    return builder(new Client.Default(null, null), token, userAgent, connectTimeout, readTimeout, redactor,
        tokenVariable);
  }

  /** The same on another HTTP client, e.g. one that can send {@code PATCH}. */
  public static Feign.Builder builder(Client client, Supplier<String> token, String userAgent,
      Duration connectTimeout, Duration readTimeout, Redactor redactor, String tokenVariable) {
    return Feign.builder()
        .client(client)
        .options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(),
            TimeUnit.MILLISECONDS, false))
        .retryer(Retryer.NEVER_RETRY)
        .logger(new Logger.NoOpLogger())
        .logLevel(Logger.Level.NONE)
        .decoder(new TextDecoder())
        .errorDecoder(new HttpErrorDecoder(redactor, () -> !tokenOf(token).isEmpty(), tokenVariable))
        .requestInterceptor(template -> {
          template.header("User-Agent", userAgent);
          String t = tokenOf(token);
          if (t.chars().anyMatch(Character::isISOControl)) {
            // the JDK would refuse the header quoting its value, token included
            throw new IllegalArgumentException("the API token contains a line break or a control character");
          }
          if (!t.isEmpty()) {
            template.header("Authorization", "Bearer " + t);
          }
        });
  }

  /** The token the supplier gives, stripped; empty when it gives none. */
  public static String tokenOf(Supplier<String> token) {
    String t = token.get();
    return t == null ? "" : t.strip();
  }
}

package dev.cortexflow.client.internal;

import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Builds the Feign interfaces with one configuration: our decoders, no Feign retries, no Feign logging. */
public final class FeignApis {

  private final WorkflowsApi workflows;
  private final DirectoryApi directory;

  public FeignApis(String baseUrl, Supplier<String> token, String userAgent, Duration connectTimeout,
      Duration readTimeout, Redactor redactor) {
    Feign.Builder builder = Feign.builder()
        .client(new Client.Default(null, null))
        .options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(),
            TimeUnit.MILLISECONDS, false))
        .retryer(Retryer.NEVER_RETRY)
        .logger(new Logger.NoOpLogger())
        .logLevel(Logger.Level.NONE)
        .decoder(new TextDecoder())
        .errorDecoder(new HttpErrorDecoder(redactor, () -> !tokenOf(token).isEmpty()))
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
    this.workflows = builder.target(WorkflowsApi.class, baseUrl);
    this.directory = builder.target(DirectoryApi.class, baseUrl);
  }

  public WorkflowsApi workflows() {
    return workflows;
  }

  public DirectoryApi directory() {
    return directory;
  }

  static String tokenOf(Supplier<String> token) {
    String t = token.get();
    return t == null ? "" : t.strip();
  }
}

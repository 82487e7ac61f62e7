package dev.cortexflow.client.internal;

import dev.cortexflow.client.http.FeignSetup;
import dev.cortexflow.client.http.Redactor;
import feign.Feign;
import java.time.Duration;
import java.util.function.Supplier;

/** The Cortex API's Feign interfaces, built with the shared {@link FeignSetup}. */
public final class FeignApis {

  private final WorkflowsApi workflows;
  private final DirectoryApi directory;

  public FeignApis(String baseUrl, Supplier<String> token, String userAgent, Duration connectTimeout,
      Duration readTimeout, Redactor redactor) {
    Feign.Builder builder = FeignSetup.builder(token, userAgent, connectTimeout, readTimeout, redactor,
        "CORTEX_API_TOKEN");
    this.workflows = builder.target(WorkflowsApi.class, baseUrl);
    this.directory = builder.target(DirectoryApi.class, baseUrl);
  }

  public WorkflowsApi workflows() {
    return workflows;
  }

  public DirectoryApi directory() {
    return directory;
  }
}

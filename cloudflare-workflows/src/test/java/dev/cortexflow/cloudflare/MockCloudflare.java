package dev.cortexflow.cloudflare;

import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.client.http.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer standing in for api.cloudflare.com, with a client pointed at it on a clock that only sleeps. */
final class MockCloudflare implements AutoCloseable, Sleeper, LongSupplier {

  static final String TOKEN = "cf-tok-7Hq2mX9pL4vR8sK1";
  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String ROOT = "/client/v4/accounts/" + ACCOUNT + "/workflows";

  final MockWebServer server = new MockWebServer();
  final CloudflareWorkflowsClient client;
  private final List<Duration> sleeps = new ArrayList<>();
  private long nanos = 1_000_000_000L;

  MockCloudflare(RetryPolicy policy) throws IOException {
    server.start();
    client = builder().retryPolicy(policy).build();
  }

  CloudflareWorkflowsClientBuilder builder() {
    return CloudflareWorkflowsClient.builder().baseUrl(server.url("/client/v4").toString()).accountId(ACCOUNT)
        .token(() -> TOKEN).readTimeout(Duration.ofSeconds(5)).time(this, this).random(new Random(42));
  }

  /** Answers with Cloudflare's envelope around {@code result} (JSON text). */
  void ok(String result) {
    ok(result, "");
  }

  void ok(String result, String resultInfo) {
    enqueue(200, "{\"errors\":[],\"messages\":[],\"success\":true,\"result\":" + result
        + (resultInfo.isEmpty() ? "" : ",\"result_info\":" + resultInfo) + "}");
  }

  void enqueue(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(body));
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request was recorded");
    }
    return r;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  @Override
  public synchronized long getAsLong() {
    return nanos;
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}

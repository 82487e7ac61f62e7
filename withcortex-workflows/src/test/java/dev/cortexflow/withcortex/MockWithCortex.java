package dev.cortexflow.withcortex;

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

/** A MockWebServer standing in for api.withcortex.ai, with a client pointed at it on a clock that only sleeps. */
final class MockWithCortex implements AutoCloseable, Sleeper, LongSupplier {

  static final String KEY = "wc-key-Zr81bQ2nT5yU9eW3";
  static final String APP = "app_7f3k";
  static final String ROOT = "/apps/" + APP + "/workflows";

  final MockWebServer server = new MockWebServer();
  final WithCortexClient client;
  private final List<Duration> sleeps = new ArrayList<>();
  private long nanos = 1_000_000_000L;

  MockWithCortex(RetryPolicy policy) throws IOException {
    server.start();
    client = builder().retryPolicy(policy).build();
  }

  WithCortexClientBuilder builder() {
    return WithCortexClient.builder().baseUrl(server.url("/").toString()).appId(APP).token(() -> KEY)
        .readTimeout(Duration.ofSeconds(5)).time(this, this).random(new Random(42));
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

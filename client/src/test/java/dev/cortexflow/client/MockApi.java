package dev.cortexflow.client;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer with a client pointed at it, using fake time. */
final class MockApi implements AutoCloseable {

  static final String TOKEN = "tok-3f9a8c7e1d2b";

  final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();
  final CortexClient client;

  MockApi() throws IOException {
    this(RetryPolicy.standard());
  }

  MockApi(RetryPolicy policy) throws IOException {
    server.start();
    client = builder().retryPolicy(policy).build();
  }

  CortexClientBuilder builder() {
    String url = server.url("/").toString();
    return CortexClient.builder().baseUrl(url).token(() -> TOKEN).readTimeout(java.time.Duration.ofSeconds(5)).time(time, time).random(new Random(42));
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
  public void close() throws IOException {
    server.shutdown();
  }
}

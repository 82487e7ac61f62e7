package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** An HTTP block sent for real to a loopback server: which URL it goes to and what its answer becomes. */
class LocalHttpTest {
  private static final RunEngine engine = RunEngine.create();

  private static final Workflow FETCH = Workflows.global("  []", """
        - {slug: fetch, name: Fetch, isRootAction: true, outgoingActions: [], schema: {type: HTTP_REQUEST, httpMethod: GET, url: "https://api.example.com/v1/items?q=a%20b", headers: {}}}
      """);

  private static RunResult fetch(URI target) {
    return engine.run(FETCH, RunInput.builder().sendHttpTo("fetch", target).build());
  }

  @Test
  void a_target_with_a_path_is_used_as_it_is_and_one_without_takes_the_blocks_path_and_query() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(200));
      server.enqueue(new MockResponse().setResponseCode(200));
      server.enqueue(new MockResponse().setResponseCode(200));
      server.start();
      String base = "http://127.0.0.1:" + server.getPort();

      fetch(URI.create(base + "/stub/items"));
      fetch(URI.create(base));
      fetch(URI.create(base + "/"));

      assertThat(server.takeRequest().getPath()).isEqualTo("/stub/items");
      assertThat(server.takeRequest().getPath()).isEqualTo("/v1/items?q=a%20b");
      assertThat(server.takeRequest().getPath()).isEqualTo("/v1/items?q=a%20b");
    }
  }

  @Test
  void the_answer_has_lower_case_headers_a_null_body_when_empty_and_text_when_not_json() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(204).setHeader("X-Trace", "t1"));
      server.enqueue(new MockResponse().setResponseCode(200).setBody("plain words"));
      server.start();

      RunResult empty = fetch(URI.create(server.url("/").toString()));
      RunResult text = fetch(URI.create(server.url("/").toString()));

      JsonValue.JsonObject outputs = (JsonValue.JsonObject) empty.block("fetch").orElseThrow().outputs();
      assertThat(outputs.members().get("body")).isEqualTo(JsonValue.NULL);
      assertThat(outputs.members().get("status")).isEqualTo(JsonValue.of(204));
      assertThat(((JsonValue.JsonObject) outputs.members().get("headers")).members())
          .containsEntry("x-trace", JsonValue.of("t1"));
      assertThat(((JsonValue.JsonObject) text.block("fetch").orElseThrow().outputs()).members().get("body"))
          .isEqualTo(JsonValue.of("plain words"));
    }
  }

  @Test
  void a_server_that_does_not_answer_fails_the_block_naming_the_url() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    RunResult result = fetch(URI.create("http://127.0.0.1:" + port + "/"));

    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("block 'fetch' (HTTP_REQUEST): "
        + "sending to http://127.0.0.1:" + port + "/v1/items?q=a%20b failed: "));
  }

  @Test
  void only_http_or_https_to_a_loopback_host_is_allowed() {
    assertThat(fetch(URI.create("ftp://127.0.0.1/")).failure()).contains("block 'fetch' (HTTP_REQUEST): "
        + "sendHttpTo ftp://127.0.0.1/ is not a loopback address: local runs only send to 127.0.0.1, ::1 or "
        + "localhost");
    assertThat(fetch(URI.create("file:///tmp/x")).failure()).contains("block 'fetch' (HTTP_REQUEST): "
        + "sendHttpTo file:///tmp/x is not a loopback address: local runs only send to 127.0.0.1, ::1 or "
        + "localhost");
  }

  @Test
  void localhost_is_a_loopback_host() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\": true}"));
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);

      RunResult result = fetch(URI.create("http://localhost:" + server.getPort() + "/"));

      assertThat(result.failure()).isEmpty();
      assertThat(((JsonValue.JsonObject) result.block("fetch").orElseThrow().outputs()).members().get("body"))
          .isEqualTo(JsonValue.object("ok", true));
    }
  }

  @Test
  void results_name_their_requests_and_a_request_without_fields_has_none() {
    RunResult result = engine.run(FETCH, RunInput.builder().answer("fetch", Answer.http(200))
        .startedAt(java.time.Instant.parse("2026-03-04T05:06:07Z")).build());

    assertThat(result.requests()).containsExactly(result.request("fetch").orElseThrow());
    assertThat(result.requests().get(0).slug()).isEqualTo("fetch");
    assertThat(((JsonValue.JsonObject) ((JsonValue.JsonObject) result.state()).members().get("context")).members()
        .get("initiatedAtIso8601Timestamp")).isEqualTo(JsonValue.of("2026-03-04T05:06:07Z"));
    OutboundRequest bare = new OutboundRequest("x", "SLACK", JsonValue.of("text"));
    assertThat(bare.field("message")).isEqualTo(JsonValue.NULL);
    assertThat(bare.headers()).isEmpty();
    assertThat(bare.method()).isEmpty();
    assertThat(new OutboundRequest("x", "SLACK", JsonValue.object(Map.of())).field("message"))
        .isEqualTo(JsonValue.NULL);
  }
}

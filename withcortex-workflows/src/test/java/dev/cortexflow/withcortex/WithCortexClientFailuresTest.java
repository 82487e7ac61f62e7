package dev.cortexflow.withcortex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.RetryPolicy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The failure model: one exception family, status + method + path, the key never shown, safe retries, 500/min. */
class WithCortexClientFailuresTest {

  private MockWithCortex wc;

  @AfterEach
  void stop() throws Exception {
    wc.close();
  }

  @Test
  void maps_a_404_to_not_found_with_the_servers_message() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.none());
    wc.enqueue(404, "{\"status\":404,\"message\":\"Workflow not found\"}");

    // when
    CortexApiException.NotFound e = catchThrowableOfType(CortexApiException.NotFound.class,
        () -> wc.client.getWorkflow("work_x"));

    // then
    assertThat(e).hasMessage("[404] GET " + MockWithCortex.ROOT + "/work_x: Workflow not found");
  }

  @Test
  void says_which_variable_to_set_when_a_401_comes_without_a_key() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.none());
    WithCortexClient anonymous = wc.builder().token(() -> " ").build();
    wc.enqueue(401, "{\"status\":401,\"message\":\"Unauthorized\"}");

    // then
    assertThatThrownBy(() -> anonymous.getRun("work_1", "run_1"))
        .isInstanceOf(CortexApiException.Unauthorized.class)
        .hasMessage("[401] GET " + MockWithCortex.ROOT + "/work_1/runs/run_1: no API token: set WITHCORTEX_API_KEY");
  }

  @Test
  void never_shows_the_key_even_when_the_server_echoes_it() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.none());
    wc.enqueue(400, "{\"status\":400,\"message\":\"key " + MockWithCortex.KEY + " cannot run this\"}");

    // when
    CortexApiException e = catchThrowableOfType(CortexApiException.class,
        () -> wc.client.run("work_1", RunRequest.withInput(Map.of())));

    // then
    assertThat(e.getMessage()).isEqualTo("[400] POST " + MockWithCortex.ROOT
        + "/work_1/runs: key <redacted> cannot run this");
    assertThat(e.body()).doesNotContain(MockWithCortex.KEY);
    assertThat(wc.client.toString()).doesNotContain(MockWithCortex.KEY);
  }

  @Test
  void refuses_a_streamed_run_before_sending_anything() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.none());

    // then
    assertThatThrownBy(() -> wc.client.run("work_1", RunRequest.withInput(Map.of()).streaming()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stream: true is not supported: the client reads one JSON answer, not Server-Sent Events; run"
            + " without it, or inBackground() and follow the run with getRun(...)");
    assertThat(wc.server.getRequestCount()).isZero();
  }

  @Test
  void never_repeats_a_run_or_a_replay_after_a_5xx_but_retries_reads_and_cancels() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.standard());
    wc.enqueue(500, "{\"status\":500,\"message\":\"boom\"}");
    wc.enqueue(503, "");
    wc.enqueue(502, "");
    wc.enqueue(200, WithCortexClientRequestsTest.RUN);

    // then
    assertThatThrownBy(() -> wc.client.run("work_1", RunRequest.withInput(Map.of())))
        .isInstanceOf(CortexApiException.ServerError.class)
        .hasMessage("[500] POST " + MockWithCortex.ROOT + "/work_1/runs: boom");
    assertThatThrownBy(() -> wc.client.replayRun("work_1", "run_1", "SUMMARY"))
        .isInstanceOf(CortexApiException.ServerError.class);
    assertThat(wc.client.cancelRun("work_1", "run_1").id()).isEqualTo("run_1");
    assertThat(wc.server.getRequestCount()).isEqualTo(4);
    assertThat(wc.sleeps()).hasSize(1);
  }

  @Test
  void waits_out_a_429_even_for_a_run() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.standard());
    wc.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "12")
        .setBody("{\"status\":429,\"message\":\"Too many requests\"}"));
    wc.enqueue(200, WithCortexClientRequestsTest.RUN);

    // when
    WorkflowRun run = wc.client.run("work_1", RunRequest.withInput(Map.of("company", "Acme")));

    // then
    assertThat(run.id()).isEqualTo("run_1");
    assertThat(wc.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void keeps_below_500_requests_in_any_minute_by_default() throws Exception {
    // given: a port nothing listens on, so each request fails at once, after the limiter let it through
    wc = new MockWithCortex(RetryPolicy.none());
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    WithCortexClient refused = wc.builder().baseUrl("http://127.0.0.1:" + port).build();

    // when
    for (int i = 0; i < 501; i++) {
      assertThatThrownBy(() -> refused.getRun("work_1", "run_1")).isInstanceOf(CortexApiException.Unreachable.class);
    }

    // then: the 501st waits until the 1st ended more than a minute ago
    assertThat(wc.sleeps()).containsExactly(Duration.ofMinutes(1).plusMillis(1));
  }

  @Test
  void reports_an_answer_that_is_not_the_documented_json() throws Exception {
    // given
    wc = new MockWithCortex(RetryPolicy.none());
    wc.enqueue(200, "{\"runs\":[]}");

    // then
    assertThatThrownBy(() -> wc.client.listRuns("work_1", RunQuery.all()))
        .isInstanceOf(CortexApiException.MalformedResponse.class)
        .hasMessage("[200] GET " + MockWithCortex.ROOT + "/work_1/runs?page=1&take=100: response is not a JSON array");
  }

  @Test
  void needs_an_app_id_and_never_echoes_a_wrong_one() throws Exception {
    wc = new MockWithCortex(RetryPolicy.none());
    assertThatThrownBy(() -> WithCortexClient.builder().environment(k -> null).build())
        .hasMessage("no withcortex.ai app id: call appId(...) or set WITHCORTEX_APP_ID");
    assertThatThrownBy(() -> WithCortexClient.builder().appId("Bearer " + MockWithCortex.KEY))
        .hasMessage("app id of " + ("Bearer " + MockWithCortex.KEY).length() + " characters is not valid: use the"
            + " app id shown in withcortex.ai ([A-Za-z0-9_-])");
  }
}

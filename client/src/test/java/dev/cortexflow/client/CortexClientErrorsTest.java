package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CortexClientErrorsTest {

  private MockApi api;

  @BeforeEach
  void start() throws Exception {
    api = new MockApi(RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  @Test
  void maps_404_to_not_found_with_status_method_path_and_message() {
    // given
    api.enqueue(404, "{\"type\":\"NOT_FOUND\",\"message\":\"Workflow not found\"}");

    // when
    CortexApiException.NotFound e = catchThrowableOfType(CortexApiException.NotFound.class,
        () -> api.client.deleteWorkflow("gone"));

    // then
    assertThat(e).hasMessage("[404] DELETE /api/v1/workflows/gone: Workflow not found");
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("DELETE");
    assertThat(e.path()).isEqualTo("/api/v1/workflows/gone");
    assertThat(e.body()).isEqualTo("{\"type\":\"NOT_FOUND\",\"message\":\"Workflow not found\"}");
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void every_failure_but_a_rejected_definition_is_a_service_failure() {
    // given
    int[] statuses = {401, 403, 404, 405, 500, 503};
    for (int status : statuses) {
      api.enqueue(status, "{\"message\":\"no\"}");
    }
    api.enqueue(400, "{\"message\":\"Workflow must have exactly one root action\"}");

    // when
    java.util.List<Boolean> serviceFailures = new java.util.ArrayList<>();
    for (int i = 0; i <= statuses.length; i++) {
      serviceFailures.add(catchThrowableOfType(CortexApiException.class, () -> api.client.deleteWorkflow("w"))
          .isServiceFailure());
    }

    // then
    assertThat(serviceFailures).containsExactly(true, true, true, true, true, true, false);
  }

  @Test
  void maps_400_to_definition_rejected_with_the_server_message() {
    // given
    api.enqueue(400, "{\"type\":\"BAD_REQUEST\",\"message\":\"Workflow must have exactly one root action\"}");

    // when
    CortexApiException.DefinitionRejected e = catchThrowableOfType(CortexApiException.DefinitionRejected.class,
        () -> api.client.createOrUpdate("name: x", DescriptorFormat.YAML));

    // then
    assertThat(e).hasMessage("[400] POST /api/v1/workflows: Workflow must have exactly one root action");
    assertThat(e.serverMessage()).isEqualTo("Workflow must have exactly one root action");
    assertThat(e.violations()).isEmpty();
  }

  @Test
  void maps_400_with_violations_to_definition_rejected_carrying_them() {
    // given
    api.enqueue(400, "{\"message\":\"Invalid workflow\",\"violations\":[{\"title\":\"Bad slug\",\"pointer\":"
        + "\"/variables/0/key\",\"paths\":[],\"violationType\":\"MUST\"}]}");

    // when
    CortexApiException.DefinitionRejected e = catchThrowableOfType(CortexApiException.DefinitionRejected.class,
        () -> api.client.createOrUpdate("{}", DescriptorFormat.JSON));

    // then
    assertThat(e.violations()).singleElement().hasToString("MUST at /variables/0/key: Bad slug");
  }

  @Test
  void maps_401_and_403() {
    // given
    api.enqueue(401, "{\"message\":\"Unauthorized\"}");
    api.enqueue(403, "{\"type\":\"FORBIDDEN\",\"message\":\"Running a workflow is not enabled\"}");

    // when / then
    assertThatThrownBy(() -> api.client.listTeams()).isInstanceOf(CortexApiException.Unauthorized.class)
        .hasMessage("[401] GET /api/v1/teams?includeTeamsWithoutMembers=true: Unauthorized");
    assertThatThrownBy(() -> api.client.startRun("w", RunRequest.of(RunScope.global())))
        .isInstanceOf(CortexApiException.Forbidden.class)
        .hasMessage("[403] POST /api/v1/workflows/w/runs: Running a workflow is not enabled");
  }

  @Test
  void maps_401_on_a_post_with_an_authenticate_challenge() {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Bearer")
        .setBody("{\"message\":\"Invalid token\"}"));

    // when / then
    assertThatThrownBy(() -> api.client.createOrUpdate("name: x", DescriptorFormat.YAML))
        .isInstanceOf(CortexApiException.Unauthorized.class)
        .hasMessage("[401] POST /api/v1/workflows: the API token was rejected");
  }

  @Test
  void says_the_token_is_missing_when_none_was_sent_and_the_server_answers_401() throws Exception {
    // given
    CortexClient noToken = api.builder().token(() -> null).retryPolicy(RetryPolicy.none()).build();
    api.enqueue(401, "");

    // when / then
    assertThatThrownBy(() -> noToken.deleteWorkflow("w")).isInstanceOf(CortexApiException.Unauthorized.class)
        .hasMessage("[401] DELETE /api/v1/workflows/w: no API token: set CORTEX_API_TOKEN");
    assertThat(api.take().getHeader("Authorization")).isNull();
  }

  @Test
  void maps_429_to_rate_limited_with_retry_after_once_retries_are_exhausted() {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
        .setBody("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"retryAfter\":7}"));

    // when
    CortexApiException.RateLimited e = catchThrowableOfType(CortexApiException.RateLimited.class,
        () -> api.client.deleteWorkflow("w"));

    // then
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e).hasMessage("[429] DELETE /api/v1/workflows/w: Too Many Requests");
    assertThat(e.isTransient()).isTrue();
  }

  @Test
  void maps_5xx_to_server_error_and_other_statuses_to_unexpected_status() {
    // given
    api.enqueue(503, "upstream down\nmore");
    api.enqueue(406, "{\"message\":\"Block is not waiting for a callback\"}");

    // when / then
    assertThatThrownBy(() -> api.client.deleteWorkflow("w")).isInstanceOf(CortexApiException.ServerError.class)
        .hasMessage("[503] DELETE /api/v1/workflows/w: upstream down");
    CortexApiException.UnexpectedStatus e = catchThrowableOfType(CortexApiException.UnexpectedStatus.class,
        () -> api.client.callback("w", "cb", Callback.failure("x")));
    assertThat(e.status()).isEqualTo(406);
    assertThat(e).hasMessage("[406] POST /api/v1/workflows/w/callback/cb: Block is not waiting for a callback");
  }

  @Test
  void uses_the_reason_phrase_when_the_body_is_empty() {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(500).setStatus("HTTP/1.1 500 Internal Server Error"));

    // when / then
    assertThatThrownBy(() -> api.client.deleteWorkflow("w"))
        .hasMessage("[500] DELETE /api/v1/workflows/w: Internal Server Error");
  }

  @Test
  void truncates_long_bodies() {
    // given
    api.enqueue(500, "x".repeat(2000));

    // when
    CortexApiException e = catchThrowableOfType(CortexApiException.class, () -> api.client.deleteWorkflow("w"));

    // then
    assertThat(e.body()).hasSize(CortexApiException.MAX_BODY + 3).endsWith("...");
    assertThat(e.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void a_malformed_success_body_is_a_malformed_response() {
    // given
    api.enqueue(200, "<html>proxy login</html>");

    // when / then
    assertThatThrownBy(() -> api.client.listTeams()).isInstanceOf(CortexApiException.MalformedResponse.class)
        .hasMessageStartingWith("[200] GET /api/v1/teams?includeTeamsWithoutMembers=true: response body is not JSON");
  }

  @Test
  void a_refused_connection_names_the_url_in_one_line() throws Exception {
    // given
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CortexClient client = CortexClient.builder().baseUrl("http://127.0.0.1:" + port).token(() -> "t")
        .retryPolicy(RetryPolicy.standard()).time(api.time, api.time).build();

    // when
    CortexApiException e = catchThrowableOfType(CortexApiException.Unreachable.class, () -> client.listTeams());

    // then
    assertThat(e).hasMessage("GET /api/v1/teams?includeTeamsWithoutMembers=true: cannot connect to 'http://127.0.0.1:" + port
        + "': connection refused");
    assertThat(e.isTransient()).isFalse();
    assertThat(api.time.sleeps()).as("a refused connection is not retried").isEmpty();
    assertThat(e.isServiceFailure()).isTrue();
  }

  @Test
  void a_dropped_connection_is_unreachable_and_transient() {
    // given
    // the JDK's HTTP client silently repeats a request once when the connection drops: drop both
    api.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    api.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    // when
    CortexApiException e = catchThrowableOfType(CortexApiException.Unreachable.class,
        () -> api.client.deleteWorkflow("w"));

    // then
    assertThat(e.getMessage()).startsWith("DELETE /api/v1/workflows/w: connection to '");
    assertThat(e.isTransient()).isTrue();
    assertThat(e).isNotInstanceOf(feign.FeignException.class);
    assertThat(e.getCause()).isNotInstanceOf(feign.FeignException.class);
  }

  @Test
  void the_token_never_appears_in_exceptions_even_when_the_server_echoes_it() {
    // given
    String echo = "{\"message\":\"token " + MockApi.TOKEN + " is invalid; got header Bearer " + MockApi.TOKEN
        + "\"}";
    api.enqueue(401, echo);
    api.enqueue(400, echo);
    api.enqueue(500, "Authorization: Bearer " + MockApi.TOKEN);
    api.enqueue(200, "not json " + MockApi.TOKEN);

    // when
    Throwable[] thrown = {
        catchThrowableOfType(CortexApiException.class, () -> api.client.deleteWorkflow("w")),
        catchThrowableOfType(CortexApiException.class, () -> api.client.createOrUpdate("x", DescriptorFormat.YAML)),
        catchThrowableOfType(CortexApiException.class, () -> api.client.deleteWorkflow("w")),
        catchThrowableOfType(CortexApiException.class, () -> api.client.listTeams())};

    // then
    for (Throwable t : thrown) {
      assertThat(t).isNotNull();
      ByteArrayOutputStream trace = new ByteArrayOutputStream();
      t.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
      assertThat(trace.toString(StandardCharsets.UTF_8)).doesNotContain(MockApi.TOKEN);
      assertThat(t.toString()).doesNotContain(MockApi.TOKEN);
      assertThat(((CortexApiException) t).body()).doesNotContain(MockApi.TOKEN).contains("<redacted>");
    }
    assertThat(thrown[0]).hasMessage("[401] DELETE /api/v1/workflows/w: token <redacted> is invalid; got header "
        + "Bearer <redacted>");
    assertThat(api.client.toString()).doesNotContain(MockApi.TOKEN);
  }
}

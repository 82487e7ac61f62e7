package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CortexClientRetryTest {

  private static final String TEAMS = "{\"teams\":[]}";

  private MockApi api;

  @BeforeEach
  void start() throws Exception {
    api = new MockApi(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMinutes(1)));
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  @Test
  void waits_the_retry_after_header_then_retries_a_429() throws Exception {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3").setBody("{}"));
    api.enqueue(200, TEAMS);

    // when
    api.client.listTeams();

    // then
    assertThat(api.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void falls_back_to_the_body_retry_after() throws Exception {
    // given
    api.enqueue(429, "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"retryAfter\":2}");
    api.enqueue(200, TEAMS);

    // when
    api.client.listTeams();

    // then
    assertThat(api.time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retries_a_429_even_for_requests_that_are_not_repeatable() throws Exception {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    api.enqueue(200, "{\"id\":\"r\",\"status\":\"RUNNING\"}");

    // when
    WorkflowRun run = api.client.startRun("w", RunRequest.of(RunScope.global()));

    // then
    assertThat(run.id()).isEqualTo("r");
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void surfaces_a_429_whose_retry_after_exceeds_the_policy() {
    // given
    api.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

    // when / then
    assertThatThrownBy(() -> api.client.listTeams()).isInstanceOf(CortexApiException.RateLimited.class);
    assertThat(api.time.sleeps()).isEmpty();
  }

  @Test
  void retries_5xx_with_bounded_jittered_exponential_backoff_then_surfaces_it() {
    // given
    for (int i = 0; i < 4; i++) {
      api.enqueue(500, "{\"message\":\"boom\"}");
    }

    // when / then
    assertThatThrownBy(() -> api.client.listTeams()).isInstanceOf(CortexApiException.ServerError.class)
        .hasMessage("[500] GET /api/v1/teams?includeTeamsWithoutMembers=true: boom");
    assertThat(api.server.getRequestCount()).isEqualTo(4);
    assertThat(api.time.sleeps()).hasSize(3);
    assertThat(api.time.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(api.time.sleeps().get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(api.time.sleeps().get(2)).isLessThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void recovers_when_a_5xx_or_408_is_followed_by_success() throws Exception {
    // given
    api.enqueue(502, "");
    api.enqueue(408, "");
    api.enqueue(200, "{\"page\":0,\"total\":0,\"totalPages\":0,\"workflows\":[]}");

    // when
    var all = api.client.listWorkflows(WorkflowQuery.all());

    // then
    assertThat(all).isEmpty();
    assertThat(api.server.getRequestCount()).isEqualTo(3);
    assertThat(api.time.sleeps()).hasSize(2);
  }

  @Test
  void retries_a_dropped_connection() throws Exception {
    // given
    api.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    api.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    api.enqueue(200, TEAMS);

    // when
    api.client.listTeams();

    // then
    assertThat(api.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void does_not_repeat_a_run_start_after_a_5xx() {
    // given
    api.enqueue(500, "");
    api.enqueue(200, "{\"id\":\"r\",\"status\":\"RUNNING\"}");

    // when / then
    assertThatThrownBy(() -> api.client.startRun("w", RunRequest.of(RunScope.global())))
        .isInstanceOf(CortexApiException.ServerError.class);
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void does_not_retry_client_errors() {
    // given
    api.enqueue(400, "{\"message\":\"bad\"}");

    // when / then
    assertThatThrownBy(() -> api.client.createOrUpdate("x", DescriptorFormat.YAML))
        .isInstanceOf(CortexApiException.DefinitionRejected.class);
    assertThat(api.server.getRequestCount()).isEqualTo(1);
    assertThat(api.time.sleeps()).isEmpty();
  }

  @Test
  void the_limiter_waits_once_the_minute_is_full() throws Exception {
    // given
    CortexClient limited = api.builder().requestsPerMinute(2).build();
    for (int i = 0; i < 3; i++) {
      api.enqueue(200, TEAMS);
    }

    // when
    for (int i = 0; i < 3; i++) {
      limited.listTeams();
    }

    // then
    assertThat(api.time.sleeps()).containsExactly(Duration.ofMinutes(1));
  }
}

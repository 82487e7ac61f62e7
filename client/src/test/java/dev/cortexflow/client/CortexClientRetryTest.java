package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.client.http.ApiWait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        .hasMessage("[500] GET /api/v1/teams?includeTeamsWithoutMembers=true: boom (after 4 attempts over 0.3 s)")
        .satisfies(e -> assertThat(((CortexApiException) e).attempts()).isEqualTo(4))
        .satisfies(e -> assertThat(((CortexApiException) e).elapsed())
            .isEqualTo(api.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus)));
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
    assertThat(api.time.sleeps()).containsExactly(Duration.ofMinutes(1).plusMillis(1));
  }

  @Test
  void tells_the_listener_of_every_wait_before_it_waits() throws Exception {
    // given: a 429 with Retry-After, a 503, then success; a limit of 2 per minute
    List<String> told = new ArrayList<>();
    CortexClient client = api.builder().requestsPerMinute(2)
        .retryPolicy(new RetryPolicy(6, Duration.ofMillis(400), Duration.ofSeconds(8), Duration.ofMinutes(1)))
        .waitListener(wait -> told.add(wait.text() + (wait.isFirstRetry() ? " [first retry]" : "")))
        .build();
    api.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "5").setBody("{}"));
    api.enqueue(503, "{}");
    api.enqueue(200, TEAMS);

    // when
    client.listTeams();

    // then
    assertThat(told).containsExactly(
        "waiting 5 s (Retry-After) before retrying GET /api/v1/teams?includeTeamsWithoutMembers=true"
            + " (attempt 2 of 6, after status 429) [first retry]",
        "waiting " + ApiWait.seconds(api.time.sleeps().get(1)) + " (backoff) before retrying GET"
            + " /api/v1/teams?includeTeamsWithoutMembers=true (attempt 3 of 6, after status 503)",
        "waiting " + ApiWait.seconds(api.time.sleeps().get(2)) + " for the API rate limit (2/min)");
  }

  @Test
  void a_failure_that_was_not_retried_names_no_attempts() {
    // given
    api.enqueue(404, "{\"message\":\"no such team\"}");

    // when / then
    assertThatThrownBy(() -> api.client.getTeam("t")).isInstanceOf(CortexApiException.NotFound.class)
        .hasMessage("[404] GET /api/v1/teams/t: no such team")
        .satisfies(e -> assertThat(((CortexApiException) e).attempts()).isEqualTo(1));
  }
}

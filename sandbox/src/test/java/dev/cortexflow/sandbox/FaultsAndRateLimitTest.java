package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsAndRateLimitTest {

  @Test
  void the_rate_limit_answers_429_problem_details_with_retry_after() {
    try (CortexSandbox sandbox = CortexSandbox.builder().rateLimit(3, Duration.ofMinutes(1)).build().start()) {
      Api api = new Api(sandbox);
      List<Integer> statuses = new ArrayList<>();
      Api.Response last = null;
      for (int i = 0; i < 4; i++) {
        last = api.get("/api/v1/workflows");
        statuses.add(last.status());
      }

      assertThat(statuses).containsExactly(200, 200, 200, 429);
      assertThat(last.contentType()).isEqualTo("application/problem+json");
      long retryAfter = Long.parseLong(last.header("Retry-After"));
      assertThat(retryAfter).isBetween(1L, 60L);
      JsonNode problem = last.json();
      assertThat(problem.path("status").asInt()).isEqualTo(429);
      assertThat(problem.path("title").asText()).isEqualTo("Too Many Requests");
      assertThat(problem.path("type").asText()).isEqualTo("about:blank");
      assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/workflows");
      assertThat(problem.path("retryAfter").asLong()).isEqualTo(retryAfter);
    }
  }

  @Test
  void injected_throttling_uses_the_configured_retry_after() {
    try (CortexSandbox sandbox =
        CortexSandbox.builder().throttleRequests(2).throttleEveryNthRequest(5).retryAfterSeconds(0).build().start()) {
      Api api = new Api(sandbox);
      List<Integer> statuses = new ArrayList<>();
      Api.Response throttled = null;
      for (int i = 1; i <= 10; i++) {
        Api.Response response = api.get("/api/v1/workflows");
        statuses.add(response.status());
        if (i == 2) {
          throttled = response;
        }
      }

      assertThat(statuses).containsExactly(200, 429, 200, 200, 429, 200, 200, 200, 200, 429);
      assertThat(throttled.header("Retry-After")).isEqualTo("0");
    }
  }

  @Test
  void the_nth_request_fails_with_500() {
    try (CortexSandbox sandbox = CortexSandbox.builder().failRequests(2).failEveryNthRequest(4).build().start()) {
      Api api = new Api(sandbox);
      List<Integer> statuses = new ArrayList<>();
      Api.Response failed = null;
      for (int i = 1; i <= 5; i++) {
        Api.Response response = api.postJson("/api/v1/workflows", Workflows.global("w" + i, "W"));
        statuses.add(response.status());
        failed = i == 2 ? response : failed;
      }

      assertThat(statuses).containsExactly(200, 500, 200, 500, 200);
      assertThat(failed.json().toString())
          .isEqualTo("{\"type\":\"UNHANDLED_EXCEPTION\",\"message\":\"Injected failure of request 2\",\"httpStatus\":500}");
      // a failed write changes nothing
      assertThat(sandbox.workflowCount()).isEqualTo(3);
    }
  }

  @Test
  void a_dropped_connection_gets_no_answer_and_the_next_request_works() {
    try (CortexSandbox sandbox = CortexSandbox.builder().dropConnections(1).dropEveryNthRequest(3).build().start()) {
      Api api = new Api(sandbox);

      // POST, because the JDK client silently retries a GET once on a dropped pooled connection
      assertThatThrownBy(() -> api.postJson("/api/v1/workflows", Workflows.global("a", "A")))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(api.get("/api/v1/workflows").status()).isEqualTo(200);
      assertThatThrownBy(() -> api.postJson("/api/v1/workflows", Workflows.global("a", "A")))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(sandbox.workflowCount()).isZero();
      assertThat(sandbox.recordedRequests().get(0).status()).isZero();
    }
  }

  @Test
  void a_lost_response_still_stores_the_write_and_a_retry_does_not_duplicate() {
    try (CortexSandbox sandbox = CortexSandbox.builder().loseResponses(1).loseEveryNthResponse(10).build().start()) {
      Api api = new Api(sandbox);

      assertThatThrownBy(() -> api.postJson("/api/v1/workflows", Workflows.global("a", "A")))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(sandbox.workflowCount()).isEqualTo(1);
      assertThat(api.postJson("/api/v1/workflows", Workflows.global("a", "A")).status()).isEqualTo(200);
      assertThat(sandbox.workflowCount()).isEqualTo(1);
      assertThat(sandbox.recordedRequests().get(0).status()).isZero();
    }
  }

  @Test
  void a_delay_holds_every_request_back() {
    try (CortexSandbox sandbox = CortexSandbox.builder().delay(Duration.ofMillis(150)).build().start()) {
      Api api = new Api(sandbox);
      long before = System.nanoTime();

      Api.Response response = api.get("/api/v1/workflows");

      assertThat(response.status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
  }
}

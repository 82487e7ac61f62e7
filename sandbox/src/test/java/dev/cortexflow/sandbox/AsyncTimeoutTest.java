package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An async block with {@code timeoutInSeconds} stops waiting when the sandbox's clock has moved past it. */
class AsyncTimeoutTest {
  private static final String RUN = "{\"scope\":{\"type\":\"GLOBAL\"},\"initialContext\":{\"service\":\"billing\"}}";

  /** A clock that moves only when told. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();
  private CortexSandbox sandbox;
  private Api api;

  private void start(String workflow) {
    sandbox = CortexSandbox.builder().secret("deploy-key", "Deploy key").clock(clock).build().start();
    api = new Api(sandbox);
    assertThat(api.post("/api/v1/workflows", workflow, "application/yaml").status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static String withTimeout(int seconds) {
    return Workflows.ASYNC_YAML.replace("      url: https://ci.example.com/hooks\n",
        "      url: https://ci.example.com/hooks\n      timeoutInSeconds: " + seconds + "\n");
  }

  private JsonNode run() {
    return api.get("/api/v1/workflows/deploy/runs/run-000001").json();
  }

  @Test
  void a_block_waits_until_its_timeout_then_fails_the_run_and_skips_the_rest() {
    start(withTimeout(60));
    api.postJson("/api/v1/workflows/deploy/runs", RUN);

    clock.advance(Duration.ofSeconds(60));
    assertThat(run().path("status").asText()).isEqualTo("PAUSED");

    clock.advance(Duration.ofSeconds(1));
    JsonNode run = run();
    assertThat(run.path("status").asText()).isEqualTo("FAILED");
    assertThat(run.path("failureMessage").asText()).isEqualTo("no callback within 60 seconds (timeoutInSeconds)");
    assertThat(RunsTest.statuses(run)).containsEntry("wait-deploy", "FAILED").containsEntry("notify", "SKIPPED");
    assertThat(run.path("pausedBlocks").size()).isZero();
  }

  @Test
  void a_callback_after_the_timeout_is_406_even_before_anyone_looked_at_the_run() {
    start(withTimeout(30));
    String callbackId = api.postJson("/api/v1/workflows/deploy/runs", RUN).json()
        .path("pausedBlocks").get(0).path("callbackId").asText();
    clock.advance(Duration.ofMinutes(5));

    Api.Response late =
        api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"SUCCESS\",\"message\":\"ok\"}");

    assertThat(late.status()).isEqualTo(406);
    assertThat(run().path("status").asText()).isEqualTo("FAILED");
  }

  @Test
  void a_callback_in_time_completes_the_run_whatever_the_clock_does_later() {
    start(withTimeout(30));
    String callbackId = api.postJson("/api/v1/workflows/deploy/runs", RUN).json()
        .path("pausedBlocks").get(0).path("callbackId").asText();
    clock.advance(Duration.ofSeconds(29));

    api.postJson("/api/v1/workflows/deploy/callback/" + callbackId, "{\"status\":\"SUCCESS\",\"message\":\"ok\"}");
    clock.advance(Duration.ofHours(1));

    assertThat(run().path("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void a_block_without_timeout_waits_for_ever() {
    start(Workflows.ASYNC_YAML);
    api.postJson("/api/v1/workflows/deploy/runs", RUN);
    clock.advance(Duration.ofDays(30));

    assertThat(run().path("status").asText()).isEqualTo("PAUSED");
  }
}

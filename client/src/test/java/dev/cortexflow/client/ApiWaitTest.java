package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.http.ApiWait;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ApiWaitTest {

  @Test
  void says_a_wait_for_the_rate_limit_with_the_limit() {
    ApiWait wait = new ApiWait(ApiWait.Reason.RATE_LIMIT, Duration.ofMillis(47_300), "POST", "/api/v1/workflows", 1,
        6, "1,000/min", OptionalInt.empty());

    assertThat(wait.text()).isEqualTo("waiting 48 s for the API rate limit (1,000/min)");
    assertThat(wait.isRetry()).isFalse();
  }

  @Test
  void says_a_wait_before_a_retry_after_a_lost_connection() {
    ApiWait wait = new ApiWait(ApiWait.Reason.BACKOFF, Duration.ofMillis(1_234), "DELETE", "/api/v1/workflows/x",
        3, 6, "1,000/min", OptionalInt.of(0));

    assertThat(wait.text()).isEqualTo("waiting 1.3 s (backoff) before retrying DELETE /api/v1/workflows/x"
        + " (attempt 3 of 6, after no answer)");
    assertThat(wait.isRetry()).isTrue();
    assertThat(wait.isFirstRetry()).isFalse();
  }

  @Test
  void rounds_waits_up_to_tenths_below_ten_seconds_and_to_seconds_above() {
    assertThat(ApiWait.seconds(Duration.ZERO)).isEqualTo("0 s");
    assertThat(ApiWait.seconds(Duration.ofMillis(1))).isEqualTo("0.1 s");
    assertThat(ApiWait.seconds(Duration.ofSeconds(5))).isEqualTo("5 s");
    assertThat(ApiWait.seconds(Duration.ofMillis(9_990))).isEqualTo("10 s");
    assertThat(ApiWait.seconds(Duration.ofMillis(60_001))).isEqualTo("61 s");
  }
}

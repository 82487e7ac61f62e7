package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.http.ApiWait;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RetryTallyTest {

  private static ApiWait limit() {
    return new ApiWait(ApiWait.Reason.RATE_LIMIT, Duration.ofSeconds(2), "POST", "/api/v1/workflows", 1, 6,
        "1,000/min", OptionalInt.empty());
  }

  private static ApiWait retry(ApiWait.Reason reason, int attempt) {
    return new ApiWait(reason, Duration.ZERO, "POST", "/api/v1/workflows", attempt, 6, "1,000/min",
        OptionalInt.of(503));
  }

  @Test
  void counts_each_retried_request_once_and_every_attempt_after_its_first() {
    RetryTally tally = new RetryTally();

    tally.onWait(retry(ApiWait.Reason.BACKOFF, 2));
    tally.onWait(retry(ApiWait.Reason.BACKOFF, 3));
    tally.onWait(retry(ApiWait.Reason.RETRY_AFTER, 2));
    tally.onWait(limit());

    assertThat(tally.requestsRetried()).isEqualTo(2);
    assertThat(tally.extraAttempts()).isEqualTo(3);
    assertThat(tally.suffix()).isEqualTo(", 2 requests retried");
  }

  @Test
  void a_wait_for_the_rate_limit_alone_is_no_retry() {
    RetryTally tally = new RetryTally();

    tally.onWait(limit());

    assertThat(tally.requestsRetried()).isZero();
    assertThat(tally.extraAttempts()).isZero();
    assertThat(tally.suffix()).isEmpty();
    assertThat(tally.text()).isEqualTo("0 requests retried");
  }

  @Test
  void adds_the_counts_after_the_documents_other_keys_zeros_included() {
    RetryTally tally = new RetryTally();
    assertThat(tally.addTo("{\"success\":true}")).isEqualTo("""
        {
          "success" : true,
          "retried" : {
            "requests" : 0,
            "extraAttempts" : 0
          }
        }
        """);

    tally.onWait(retry(ApiWait.Reason.BACKOFF, 2));
    tally.onWait(retry(ApiWait.Reason.BACKOFF, 3));

    assertThat(tally.addTo("{\"success\":true}")).isEqualTo("""
        {
          "success" : true,
          "retried" : {
            "requests" : 1,
            "extraAttempts" : 2
          }
        }
        """);
  }
}

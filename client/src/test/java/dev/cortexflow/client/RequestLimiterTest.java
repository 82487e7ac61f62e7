package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.client.http.RequestLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

  @Test
  void never_lets_more_than_the_limit_into_any_rolling_minute() throws Exception {
    // given
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(3, time, time);

    // when
    limiter.acquire();
    time.sleep(Duration.ofSeconds(10));
    limiter.acquire();
    limiter.acquire();
    limiter.acquire();
    limiter.acquire();

    // then: the 4th waits until the 1st is a minute old (50 s), the 5th until the 2nd is (10 s more)
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(50),
        Duration.ofSeconds(10));
  }

  @Test
  void never_lets_more_than_the_limit_into_any_rolling_window_of_another_length() throws Exception {
    // given: 2 requests per 5 minutes
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(2, Duration.ofMinutes(5), time, time);

    // when
    limiter.acquire();
    limiter.acquire();
    limiter.acquire();

    // then: the 3rd waits until the 1st is five minutes old
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(5));
  }

  @Test
  void rejects_a_limit_below_one() {
    assertThatThrownBy(() -> new RequestLimiter(0, System::nanoTime, d -> { }))
        .hasMessage("requestsPerMinute 0 is not valid: use 1 or more");
  }
}

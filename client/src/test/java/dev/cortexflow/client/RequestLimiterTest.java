package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.client.http.RequestLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

  private static final Duration MS = Duration.ofMillis(1);

  @Test
  void never_lets_more_than_the_limit_into_any_rolling_minute() throws Exception {
    // given
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(3, time, time);

    // when
    limiter.acquire().close();
    time.sleep(Duration.ofSeconds(10));
    limiter.acquire().close();
    limiter.acquire().close();
    limiter.acquire().close();
    limiter.acquire().close();

    // then: the 4th waits until the 1st ended more than a minute ago (50 s), the 5th the same after the 2nd
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(50).plus(MS),
        Duration.ofSeconds(10));
  }

  @Test
  void counts_a_request_from_its_end_since_the_server_may_count_it_as_late_as_that() throws Exception {
    // given: the first request takes 2 s
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(2, time, time);
    RequestLimiter.Permit first = limiter.acquire();
    time.sleep(Duration.ofSeconds(2));
    first.close();
    limiter.acquire().close();

    // when
    limiter.acquire().close();

    // then: a minute and a millisecond after the first one ended
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMinutes(1).plus(MS));
  }

  @Test
  void a_slow_request_holds_back_every_request_a_limit_after_it_and_later() throws Exception {
    // given: of 2 allowed, the 1st ends 30 s after the 2nd
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(2, time, time);
    RequestLimiter.Permit slow = limiter.acquire();
    limiter.acquire().close();
    time.sleep(Duration.ofSeconds(30));
    slow.close();

    // when
    limiter.acquire().close();
    limiter.acquire().close();

    // then: the 3rd and the 4th both wait for a minute after the slow one ended
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1).plus(MS));
  }

  @Test
  void says_how_long_it_will_wait_before_it_waits() throws Exception {
    // given
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(1, time, time);
    List<String> told = new ArrayList<>();
    limiter.acquire(d -> told.add("waits " + d)).close();

    // when
    limiter.acquire(d -> told.add("waits " + d + " after " + time.sleeps().size() + " sleeps")).close();

    // then
    assertThat(told).containsExactly("waits PT1M0.001S after 0 sleeps");
  }

  @Test
  void never_lets_more_than_the_limit_into_any_rolling_window_of_another_length() throws Exception {
    // given: 2 requests per 5 minutes
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(2, Duration.ofMinutes(5), time, time);

    // when
    limiter.acquire().close();
    limiter.acquire().close();
    limiter.acquire().close();

    // then: the 3rd waits until the 1st ended five minutes ago
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(5).plus(MS));
  }

  @Test
  void waits_for_a_request_a_limit_earlier_that_has_not_ended() throws Exception {
    // given: a limit of 1 and a request in flight on another thread
    FakeTime time = new FakeTime();
    RequestLimiter limiter = new RequestLimiter(1, time, time);
    RequestLimiter.Permit inFlight = limiter.acquire();
    List<Long> sentAt = new ArrayList<>();
    Thread next = new Thread(() -> {
      try {
        limiter.acquire().close();
        synchronized (sentAt) {
          sentAt.add(time.getAsLong());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    next.start();

    // when: the first ends 5 s later
    Thread.sleep(50);
    synchronized (sentAt) {
      assertThat(sentAt).isEmpty();
    }
    long start = time.getAsLong();
    time.sleep(Duration.ofSeconds(5));
    inFlight.close();
    next.join(5_000);

    // then: the second goes a minute after the first ended, not after it began
    assertThat(sentAt).containsExactly(start + Duration.ofSeconds(5).plus(Duration.ofMinutes(1)).plus(MS).toNanos());
  }

  @Test
  void names_its_limit_as_people_read_it() {
    assertThat(new RequestLimiter(1000, System::nanoTime, d -> { }).describe()).isEqualTo("1,000/min");
    assertThat(new RequestLimiter(1200, Duration.ofMinutes(5), System::nanoTime, d -> { }).describe())
        .isEqualTo("1,200/5 min");
    assertThat(new RequestLimiter(10, Duration.ofSeconds(30), System::nanoTime, d -> { }).describe())
        .isEqualTo("10/30 s");
  }

  @Test
  void rejects_a_limit_below_one() {
    assertThatThrownBy(() -> new RequestLimiter(0, System::nanoTime, d -> { }))
        .hasMessage("requestsPerMinute 0 is not valid: use 1 or more");
  }
}

package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The limit as the server counts it: arrivals in any window of a minute, both ends counted. */
class CortexClientRateLimitTest {

  @Test
  void never_lets_more_than_the_limit_arrive_in_any_minute_when_the_first_request_is_slow_to_arrive()
      throws Exception {
    try (MockApi api = new MockApi()) {
      // given: the first request arrives 30 ms after it is sent (a new connection), the others at once
      List<Long> arrivals = new ArrayList<>();
      api.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (arrivals.isEmpty()) {
            api.time.sleep(Duration.ofMillis(30));
          }
          arrivals.add(api.time.getAsLong());
          return new MockResponse().setResponseCode(200).setBody("{\"teams\":[]}");
        }
      });
      CortexClient client = api.builder().requestsPerMinute(10).build();

      // when: one request more than the limit
      for (int i = 0; i < 11; i++) {
        client.listTeams();
      }

      // then: the 11th arrives more than a minute after the 1st arrived
      assertThat(arrivals).hasSize(11);
      assertThat(Duration.ofNanos(arrivals.get(10) - arrivals.get(0))).isGreaterThan(Duration.ofMinutes(1));
    }
  }
}

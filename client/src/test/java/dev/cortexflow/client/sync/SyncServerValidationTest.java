package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.RetryPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class SyncServerValidationTest {

  @Test
  void a_must_violation_from_the_server_stops_every_write() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      // given
      server.enqueue(json("{\"page\":0,\"total\":0,\"totalPages\":1,\"workflows\":[]}"));
      server.enqueue(json("{\"ok\":true,\"violations\":[]}"));
      server.enqueue(json("{\"ok\":false,\"violations\":[{\"title\":\"Unknown integration\",\"description\":"
          + "\"alias 'gh' is not configured\",\"pointer\":\"/actions/0/schema\",\"paths\":[],"
          + "\"violationType\":\"MUST\"},{\"title\":\"Style\",\"paths\":[],\"violationType\":\"HINT\"}]}"));
      server.start();
      CortexClient client = CortexClient.builder().baseUrl(server.url("/").toString()).token(() -> "t")
          .retryPolicy(RetryPolicy.none()).build();
      SyncEngine sync = SyncEngine.using(client);
      SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("a"), SyncWorkflows.simple("b")));

      // when
      SyncReport report = sync.apply(plan, ApplyOptions.defaults().withServerValidation(true));

      // then
      assertThat(report.problems()).extracting(SyncProblem::toString).containsExactly(
          "b: ERROR SERVER at /actions/0/schema: Unknown integration: alias 'gh' is not configured");
      assertThat(report.results()).isEmpty();
      assertThat(server.getRequestCount()).isEqualTo(3);
      server.takeRequest(1, TimeUnit.SECONDS);
      RecordedRequest validateA = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(validateA.getPath()).isEqualTo("/api/v1/workflows/validate");
      assertThat(validateA.getHeader("Content-Type")).startsWith("application/json");
      assertThat(validateA.getBody().readUtf8()).contains("\"tag\": \"a\"");
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }
}

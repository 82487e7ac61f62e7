package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.codec.WorkflowJson;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class SyncServerKeysTest {

  @Test
  void keys_the_server_adds_are_not_changes() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      // given: the live definition carries id, createdAt and lastUpdatedAt
      String live = WorkflowJson.write(SyncWorkflows.simple("a")).replaceFirst("\\{",
          "{\"id\": \"cw1234\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"lastUpdatedAt\": \"2026-02-01T00:00:00Z\",");
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
          .setBody("{\"page\":0,\"total\":1,\"totalPages\":1,\"workflows\":[" + live + "]}"));
      server.start();
      CortexClient client = CortexClient.builder().baseUrl(server.url("/").toString()).token(() -> "t")
          .retryPolicy(RetryPolicy.none()).build();

      // when
      SyncPlan plan = SyncEngine.using(client).plan(List.of(SyncWorkflows.simple("a")));

      // then
      assertThat(plan.changes()).extracting(PlannedChange::kind).containsExactly(ChangeKind.UNCHANGED);
    }
  }
}

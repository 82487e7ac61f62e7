package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
  private static final int CLIENTS = 6;
  private static final int WRITES_PER_CLIENT = 20;

  @TempDir Path data;

  @Test
  void parallel_clients_lose_and_duplicate_nothing() throws Exception {
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(sandbox);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        results.add(clients.submit(() -> {
          List<Integer> statuses = new ArrayList<>();
          for (int i = 0; i < WRITES_PER_CLIENT; i++) {
            // every client writes its own tags and one shared tag
            statuses.add(api.postJson("/api/v1/workflows", Workflows.global("c" + client + "-w" + i, "W")).status());
            statuses.add(api.postJson("/api/v1/workflows", Workflows.global("shared", "By " + client)).status());
            if (i % 5 == 0) {
              statuses.add(api.get("/api/v1/workflows?pageSize=1000").status());
            }
          }
          return statuses;
        }));
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

      for (Future<List<Integer>> result : results) {
        assertThat(result.get()).containsOnly(200);
      }
      JsonNode all = api.get("/api/v1/workflows?pageSize=1000").json();
      assertThat(all.path("total").asInt()).isEqualTo(CLIENTS * WRITES_PER_CLIENT + 1);
      assertThat(sandbox.workflowCount()).isEqualTo(CLIENTS * WRITES_PER_CLIENT + 1);
      String sharedLive = api.get("/api/v1/workflows/shared").body();
      try (CortexSandbox reloaded = CortexSandbox.builder().dataDirectory(data).build().start()) {
        assertThat(reloaded.workflowCount()).isEqualTo(CLIENTS * WRITES_PER_CLIENT + 1);
        // the file holds the last write the memory holds
        assertThat(new Api(reloaded).get("/api/v1/workflows/shared").body()).isEqualTo(sharedLive);
      }
    }
  }
}

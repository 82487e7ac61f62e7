package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Real descriptors that Cortex accepted must pass the sandbox's server-like checks too. */
class CorpusTest {
  private static CortexSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() {
    sandbox = CortexSandbox.startDefault();
    api = new Api(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static List<Path> descriptors() throws IOException {
    String shared = System.getProperty("cortexflow.shared");
    if (shared == null || !Files.isDirectory(Paths.get(shared, "corpus"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(Paths.get(shared, "corpus"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  /** One test per real descriptor; none (and the test below says why) when the corpus is absent. */
  @TestFactory
  Stream<DynamicTest> a_real_descriptor_validates_and_is_accepted() throws IOException {
    return descriptors().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> accepts(d)));
  }

  private void accepts(Path descriptor) throws IOException {
    String yaml = Files.readString(descriptor);

    JsonNode validation = api.post("/api/v1/workflows/validate", yaml, "application/yaml").json();
    Api.Response created = api.post("/api/v1/workflows", yaml, "application/yaml");

    assertThat(validation.path("ok").asBoolean()).as(validation.toString()).isTrue();
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    if (created.json().path("isRunnableViaApi").asBoolean(false)) {
      runToTheEnd(created.json());
    }
  }

  /** Starts a run and answers every async block with SUCCESS until the run ends; no block stays pending. */
  private static void runToTheEnd(JsonNode workflow) {
    String tag = workflow.path("tag").asText();
    String scope = workflow.path("filter").path("type").asText().equals("ENTITY")
        ? "{\"type\":\"ENTITY\",\"entityId\":\"sandbox-entity\"}"
        : "{\"type\":\"GLOBAL\"}";
    JsonNode run = api.postJson("/api/v1/workflows/" + tag + "/runs", "{\"scope\":" + scope + "}").json();
    for (int i = 0; i < 20 && run.path("status").asText().equals("PAUSED"); i++) {
      String callbackId = run.path("pausedBlocks").get(0).path("callbackId").asText();
      Api.Response callback = api.postJson(
          "/api/v1/workflows/" + tag + "/callback/" + callbackId, "{\"status\":\"SUCCESS\",\"message\":\"done\"}");
      assertThat(callback.status()).as(callback.toString()).isEqualTo(200);
      run = api.get("/api/v1/workflows/" + tag + "/runs/" + run.path("id").asText()).json();
    }
    assertThat(run.path("status").asText()).as(run.toString()).isIn("COMPLETED", "FAILED");
    assertThat(RunsTest.statuses(run)).as(run.toString()).doesNotContainValue("PENDING").doesNotContainValue("PAUSED");
  }

  @Test
  void the_corpus_is_present_or_the_test_says_why_it_is_skipped() throws IOException {
    assumeTrue(!descriptors().isEmpty(),
        "corpus not found: set -Dcortexflow.shared to the shared folder holding corpus/ to run CorpusTest");
    assertThat(descriptors()).hasSizeGreaterThan(10);
  }
}

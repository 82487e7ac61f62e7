package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  @TempDir Path data;

  @Test
  void workflows_survive_a_restart() {
    String before;
    try (CortexSandbox first = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(first);
      api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
      api.post("/api/v1/workflows", Workflows.ASYNC_YAML, "application/yaml");
      before = api.get("/api/v1/workflows?includeActions=true").body();
    }

    try (CortexSandbox second = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(second);
      assertThat(api.get("/api/v1/workflows?includeActions=true").body()).isEqualTo(before);
      assertThat(api.get("/api/v1/workflows/wf8ed3f6ad685b959e").json().path("tag").asText()).isEqualTo("alpha");
    }
  }

  @Test
  void each_workflow_is_one_file_and_no_temporary_file_remains() throws IOException {
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(sandbox);
      api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
      api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha 2"));
      api.postJson("/api/v1/workflows", Workflows.global("beta", "Beta"));

      assertThat(files()).containsExactly("alpha.json", "beta.json");
      assertThat(Files.readString(data.resolve("alpha.json"))).contains("\"name\" : \"Alpha 2\"");
    }
  }

  @Test
  void delete_removes_the_file() throws IOException {
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(sandbox);
      api.postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));

      api.delete("/api/v1/workflows/alpha");

      assertThat(files()).isEmpty();
    }
    try (CortexSandbox again = CortexSandbox.builder().dataDirectory(data).build().start()) {
      assertThat(again.workflowCount()).isZero();
    }
  }

  @Test
  void a_tag_that_is_no_safe_file_name_is_encoded() throws IOException {
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(sandbox);
      api.postJson("/api/v1/workflows", Workflows.global("../escape", "Escape"));

      assertThat(files()).containsExactly("%2E%2E%2Fescape.json");
    }
    try (CortexSandbox again = CortexSandbox.builder().dataDirectory(data).build().start()) {
      assertThat(new Api(again).get("/api/v1/workflows?includeActions=true").json()
              .path("workflows").get(0).path("tag").asText())
          .isEqualTo("../escape");
    }
  }

  @Test
  void a_missing_data_directory_is_created() {
    Path nested = data.resolve("a/b");
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(nested).build().start()) {
      new Api(sandbox).postJson("/api/v1/workflows", Workflows.global("alpha", "Alpha"));
    }
    assertThat(Files.exists(nested.resolve("alpha.json"))).isTrue();
  }

  @Test
  void a_corrupt_data_file_stops_the_start_with_its_name() throws IOException {
    Files.writeString(data.resolve("broken.json"), "{\"name\": 1}");

    assertThatThrownBy(() -> CortexSandbox.builder().dataDirectory(data).build().start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("data file '" + data.resolve("broken.json") + "' holds no workflow with a tag");
  }

  @Test
  void an_unparsable_data_file_is_reported() throws IOException {
    Files.writeString(data.resolve("broken.json"), "{");

    assertThatThrownBy(() -> CortexSandbox.builder().dataDirectory(data).build().start())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read data directory '" + data + "'");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(data)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}

package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
        .isInstanceOf(DataFileException.class)
        .hasMessage("data file '" + data.resolve("broken.json") + "' is not a workflow the sandbox wrote: it holds no"
            + " JSON object with a tag; fix it or move it out of the data directory");
  }

  @Test
  void a_truncated_data_file_stops_the_start_naming_the_file_and_the_place() throws IOException {
    Files.writeString(data.resolve("broken.json"), "{\n  \"tag\": \"alpha\",\n");

    assertThatThrownBy(() -> CortexSandbox.builder().dataDirectory(data).build().start())
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("data file '" + data.resolve("broken.json") + "' is not a workflow the sandbox wrote:"
            + " Unexpected end-of-input")
        .hasMessageContaining(" at line 3, column 1")
        .hasMessageEndingWith("; fix it or move it out of the data directory");
  }

  @Test
  void a_data_file_that_is_a_list_or_has_an_empty_tag_stops_the_start() throws IOException {
    for (String text : new String[] {"[]", "\"alpha\"", "{\"tag\": \"\"}", "{\"tag\": 5}"}) {
      Files.writeString(data.resolve("broken.json"), text);

      assertThatThrownBy(() -> CortexSandbox.builder().dataDirectory(data).build().start()).as(text)
          .isInstanceOf(DataFileException.class)
          .hasMessageContaining("it holds no JSON object with a tag");
    }
  }

  @Test
  void a_tag_longer_than_the_limit_is_a_400_naming_it_with_a_data_directory_and_without() {
    String tag = "a".repeat(300);
    try (CortexSandbox persisted = CortexSandbox.builder().dataDirectory(data).build().start();
        CortexSandbox memory = CortexSandbox.builder().build().start()) {
      for (CortexSandbox sandbox : List.of(persisted, memory)) {
        Api.Response response = new Api(sandbox).postJson("/api/v1/workflows", Workflows.global(tag, "Long"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Field 'tag' is longer than 250 characters (300)");
      }
    }
  }

  @Test
  void a_tag_at_the_limit_is_stored_in_a_file_whose_name_fits_and_survives_a_restart() throws IOException {
    String tag = "a.".repeat(125);
    try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(data).build().start()) {
      assertThat(new Api(sandbox).postJson("/api/v1/workflows", Workflows.global(tag, "Dots")).status())
          .isLessThan(300);
    }
    assertThat(files()).singleElement().asString().hasSizeLessThan(256).contains("~");

    try (CortexSandbox again = CortexSandbox.builder().dataDirectory(data).build().start()) {
      Api api = new Api(again);
      assertThat(api.get("/api/v1/workflows").json().path("workflows").get(0).path("tag").asText()).isEqualTo(tag);
      assertThat(api.delete("/api/v1/workflows/" + tag).status()).isLessThan(300);
    }
    assertThat(files()).isEmpty();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(data)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}

package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {
  @TempDir Path dir;

  @Test
  void lists_and_gets_teams_as_team_responses() {
    try (CortexSandbox sandbox =
        CortexSandbox.builder().team("platform", "Platform").team("sre", "SRE", "team-sre-id").build().start()) {
      Api api = new Api(sandbox);

      JsonNode all = api.get("/api/v1/teams").json();
      JsonNode byTag = api.get("/api/v1/teams/sre").json();
      JsonNode byId = api.get("/api/v1/teams/team-sre-id").json();
      JsonNode byQuery = api.get("/api/v1/teams?teamTag=platform").json();

      assertThat(all.path("teams").size()).isEqualTo(2);
      assertThat(all.path("teams").get(0).toString())
          .isEqualTo(
              "{\"catalogEntityTag\":\"platform\",\"id\":\"ted294fcce0cc88587\",\"isArchived\":false,\"links\":[],"
                  + "\"metadata\":{\"name\":\"Platform\"},\"slackChannels\":[],\"teamTag\":\"platform\","
                  + "\"type\":\"CORTEX\",\"cortexTeam\":{\"members\":[]}}");
      assertThat(byTag).isEqualTo(byId);
      assertThat(byTag.path("id").asText()).isEqualTo("team-sre-id");
      assertThat(byQuery.path("teamTag").asText()).isEqualTo("platform");
    }
  }

  @Test
  void an_unknown_team_or_secret_is_404() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      Api api = new Api(sandbox);

      assertThat(api.get("/api/v1/teams/nope").json().path("message").asText())
          .isEqualTo("Team with tag or id 'nope' not found");
      assertThat(api.get("/api/v1/teams?teamTag=nope").status()).isEqualTo(404);
      assertThat(api.get("/api/v1/secrets/nope").status()).isEqualTo(404);
      assertThat(api.get("/api/v1/secrets/nope").json().path("message").asText())
          .isEqualTo("Secret with tag or id 'nope' not found");
      assertThat(api.get("/api/v1/teams").json().toString()).isEqualTo("{\"teams\":[]}");
    }
  }

  @Test
  void secrets_are_paged() {
    CortexSandbox.Builder builder = CortexSandbox.builder();
    for (int i = 1; i <= 5; i++) {
      builder.secret("key-" + i, "Key " + i);
    }
    try (CortexSandbox sandbox = builder.build().start()) {
      Api api = new Api(sandbox);

      JsonNode page = api.get("/api/v1/secrets?page=1&pageSize=2").json();
      JsonNode one = api.get("/api/v1/secrets/key-3").json();

      assertThat(page.path("page").asInt()).isEqualTo(1);
      assertThat(page.path("total").asInt()).isEqualTo(5);
      assertThat(page.path("totalPages").asInt()).isEqualTo(3);
      assertThat(page.path("secrets").size()).isEqualTo(2);
      assertThat(page.path("secrets").get(0).path("tag").asText()).isEqualTo("key-3");
      assertThat(one.toString()).isEqualTo("{\"id\":\"se" + one.path("id").asText().substring(2)
          + "\",\"name\":\"Key 3\",\"tag\":\"key-3\"}");
      assertThat(api.get("/api/v1/secrets/" + one.path("id").asText()).json()).isEqualTo(one);
    }
  }

  @Test
  void teams_and_secrets_are_read_only() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      Api api = new Api(sandbox);

      assertThat(api.postJson("/api/v1/teams", "{}").status()).isEqualTo(405);
      assertThat(api.delete("/api/v1/secrets/x").status()).isEqualTo(405);
    }
  }

  @Test
  void seeds_from_a_yaml_file() throws IOException {
    Path seed = dir.resolve("seed.yaml");
    Files.writeString(
        seed,
        "teams:\n  - {tag: platform, name: Platform, id: t-1, description: Builds things}\n"
            + "secrets:\n  - {tag: cortex_api_key, name: Cortex key}\n");
    try (CortexSandbox sandbox = CortexSandbox.builder().seedFile(seed).build().start()) {
      Api api = new Api(sandbox);

      assertThat(api.get("/api/v1/teams/t-1").json().path("metadata").toString())
          .isEqualTo("{\"name\":\"Platform\",\"description\":\"Builds things\"}");
      assertThat(api.get("/api/v1/secrets/cortex_api_key").json().path("name").asText()).isEqualTo("Cortex key");
    }
  }

  @Test
  void seeds_from_a_json_file() throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "{\"teams\":[{\"tag\":\"sre\",\"name\":\"SRE\"}],\"secrets\":[]}");
    try (CortexSandbox sandbox = CortexSandbox.builder().seedFile(seed).build().start()) {
      assertThat(new Api(sandbox).get("/api/v1/teams/sre").status()).isEqualTo(200);
    }
  }

  @Test
  void a_seed_entry_without_tag_is_rejected_with_its_place() throws IOException {
    Path seed = dir.resolve("seed.yaml");
    Files.writeString(seed, "teams:\n  - {name: Nameless}\n");

    assertThatThrownBy(() -> CortexSandbox.builder().seedFile(seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed file '" + seed + "': teams[0] has no 'tag'");
  }
}

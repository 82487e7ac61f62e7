package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CortexClientRequestsTest {

  private static final String WORKFLOW_JSON =
      "{\"name\":\"Deploy\",\"tag\":\"deploy-service\",\"id\":\"cw123\",\"description\":\"d\",\"isDraft\":true,"
          + "\"filter\":{\"type\":\"GLOBAL\"},\"actions\":[]}";

  private MockApi api;

  @BeforeEach
  void start() throws Exception {
    api = new MockApi();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  @Test
  void lists_workflows_with_actions_search_and_page_size() throws Exception {
    // given
    api.enqueue(200, "{\"page\":0,\"total\":1,\"totalPages\":1,\"workflows\":[" + WORKFLOW_JSON + "]}");

    // when
    List<WorkflowSummary> all = api.client.listWorkflows(WorkflowQuery.all().withActions().search("dep loy")
        .pageSize(50));

    // then
    assertThat(all).singleElement().satisfies(w -> {
      assertThat(w.tag()).isEqualTo("deploy-service");
      assertThat(w.name()).isEqualTo("Deploy");
      assertThat(w.id()).contains("cw123");
      assertThat(w.description()).contains("d");
      assertThat(w.isDraft()).isTrue();
      assertThat(w.json()).isEqualTo(WORKFLOW_JSON);
    });
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/api/v1/workflows");
    assertThat(r.getRequestUrl().queryParameter("includeActions")).isEqualTo("true");
    assertThat(r.getRequestUrl().queryParameter("searchQuery")).isEqualTo("dep loy");
    assertThat(r.getRequestUrl().queryParameter("page")).isEqualTo("0");
    assertThat(r.getRequestUrl().queryParameter("pageSize")).isEqualTo("50");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    assertThat(r.getHeader("User-Agent")).startsWith("cortexflow/");
  }

  @Test
  void follows_every_page_until_the_last() throws Exception {
    // given
    for (int page = 0; page < 3; page++) {
      api.enqueue(200, "{\"page\":" + page + ",\"total\":3,\"totalPages\":3,\"workflows\":[{\"tag\":\"w" + page
          + "\",\"name\":\"W\"}]}");
    }

    // when
    List<WorkflowSummary> all = api.client.listWorkflows(WorkflowQuery.all().pageSize(1));

    // then
    assertThat(all).extracting(WorkflowSummary::tag).containsExactly("w0", "w1", "w2");
    for (int page = 0; page < 3; page++) {
      RecordedRequest r = api.take();
      assertThat(r.getRequestUrl().queryParameter("page")).isEqualTo(String.valueOf(page));
      assertThat(r.getRequestUrl().queryParameter("includeActions")).isEqualTo("false");
      assertThat(r.getRequestUrl().queryParameter("searchQuery")).isNull();
    }
    assertThat(api.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void gets_workflow_text_as_yaml_with_the_accept_header() throws Exception {
    // given
    api.server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("name: Deploy\ntag: a/b\n")
        .setHeader("Content-Type", "application/yaml"));

    // when
    String text = api.client.getWorkflowText("a/b", DescriptorFormat.YAML);

    // then
    assertThat(text).isEqualTo("name: Deploy\ntag: a/b\n");
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/a%2Fb");
    assertThat(r.getHeader("Accept")).isEqualTo("application/yaml");
  }

  @Test
  void find_workflow_is_empty_on_404() throws Exception {
    // given
    api.enqueue(404, "{\"type\":\"NOT_FOUND\",\"message\":\"Workflow not found\"}");

    // when
    Optional<WorkflowSummary> found = api.client.findWorkflow("missing");

    // then
    assertThat(found).isEmpty();
    assertThat(api.take().getPath()).isEqualTo("/api/v1/workflows/missing");
  }

  @Test
  void creates_or_updates_from_yaml_text_with_the_yaml_content_type() throws Exception {
    // given
    api.enqueue(200, WORKFLOW_JSON);
    String yaml = "name: Deploy\ntag: deploy-service\n";

    // when
    WorkflowSummary stored = api.client.createOrUpdate(yaml, DescriptorFormat.YAML);

    // then
    assertThat(stored.tag()).isEqualTo("deploy-service");
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows");
    assertThat(r.getHeader("Content-Type")).startsWith("application/yaml");
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(r.getBody().readUtf8()).isEqualTo(yaml);
  }

  @Test
  void creates_or_updates_from_json_text_with_the_json_content_type() throws Exception {
    // given
    api.enqueue(200, WORKFLOW_JSON);

    // when
    api.client.createOrUpdate(WORKFLOW_JSON, DescriptorFormat.detect("  " + WORKFLOW_JSON));

    // then
    RecordedRequest r = api.take();
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo(WORKFLOW_JSON);
  }

  @Test
  void validates_without_saving_and_returns_the_server_violations() throws Exception {
    // given
    api.enqueue(200, "{\"ok\":false,\"violations\":[{\"title\":\"Missing root\",\"description\":\"One block "
        + "must be root\",\"pointer\":\"/actions\",\"paths\":[\"actions\"],\"startLine\":3,\"endLine\":7,"
        + "\"violationType\":\"MUST\",\"ruleLink\":\"https://x\"},{\"paths\":[]}]}");

    // when
    ValidationResult result = api.client.validate("name: x\n", DescriptorFormat.YAML);

    // then
    assertThat(result.ok()).isFalse();
    assertThat(result.violations()).hasSize(2);
    ServerViolation first = result.violations().get(0);
    assertThat(first.title()).isEqualTo("Missing root");
    assertThat(first.description()).isEqualTo("One block must be root");
    assertThat(first.pointer()).isEqualTo("/actions");
    assertThat(first.paths()).containsExactly("actions");
    assertThat(first.startLine()).hasValue(3);
    assertThat(first.endLine()).hasValue(7);
    assertThat(first.violationType()).contains("MUST");
    assertThat(first.ruleLink()).contains("https://x");
    assertThat(first).hasToString("MUST at /actions: Missing root (line 3-7)");
    assertThat(result.violations().get(1).startLine()).isEmpty();
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/validate");
    assertThat(r.getHeader("Content-Type")).startsWith("application/yaml");
    assertThat(r.getBody().readUtf8()).isEqualTo("name: x\n");
  }

  @Test
  void deletes_by_tag() throws Exception {
    // given
    api.enqueue(200, "");

    // when
    api.client.deleteWorkflow("deploy-service");

    // then
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/deploy-service");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
  }

  @Test
  void sends_a_callback_with_status_message_and_response() throws Exception {
    // given
    api.enqueue(200, "");

    // when
    api.client.callback("deploy-service", "cb-1", Callback.success("done", Map.of("url", "https://x")));

    // then
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/deploy-service/callback/cb-1");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8())
        .isEqualTo("{\"status\":\"SUCCESS\",\"message\":\"done\",\"response\":{\"url\":\"https://x\"}}");
  }

  @Test
  void a_failure_callback_sends_no_response() throws Exception {
    // given
    api.enqueue(200, "");

    // when
    api.client.callback("w", "cb", Callback.failure("broke"));

    // then
    assertThat(api.take().getBody().readUtf8()).isEqualTo("{\"status\":\"FAILURE\",\"message\":\"broke\"}");
  }

  @Test
  void starts_an_entity_run_with_initial_context_and_run_as() throws Exception {
    // given
    api.enqueue(200, "{\"id\":\"run-1\",\"status\":\"RUNNING\"}");
    RunRequest request = RunRequest.of(RunScope.entity("en123"))
        .withInitialContext(Map.of("version", "1.2")).withRunAs("ops@example.com");

    // when
    WorkflowRun run = api.client.startRun("deploy-service", request);

    // then
    assertThat(run.id()).isEqualTo("run-1");
    assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/deploy-service/runs");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"scope\":{\"type\":\"ENTITY\",\"entityId\":\"en123\"},"
        + "\"initialContext\":{\"version\":\"1.2\"},\"runAs\":\"ops@example.com\"}");
  }

  @Test
  void a_global_run_sends_only_its_scope() throws Exception {
    // given
    api.enqueue(200, "{\"id\":\"run-2\",\"status\":\"PENDING\"}");

    // when
    api.client.startRun("w", RunRequest.of(RunScope.global()));

    // then
    assertThat(api.take().getBody().readUtf8()).isEqualTo("{\"scope\":{\"type\":\"GLOBAL\"}}");
  }

  @Test
  void follows_a_run_until_it_leaves_running() throws Exception {
    // given
    api.enqueue(200, "{\"id\":\"r\",\"status\":\"PENDING\"}");
    api.enqueue(200, "{\"id\":\"r\",\"status\":\"RUNNING\"}");
    api.enqueue(200, "{\"id\":\"r\",\"status\":\"PAUSED\",\"callbackId\":\"cb\"}");

    // when
    WorkflowRun run = api.client.awaitRun("w", "r", Duration.ofMinutes(1), Duration.ofSeconds(2));

    // then
    assertThat(run.status()).isEqualTo(RunStatus.PAUSED);
    assertThat(run.json()).contains("\"callbackId\":\"cb\"");
    assertThat(api.time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(api.take().getPath()).isEqualTo("/api/v1/workflows/w/runs/r");
  }

  @Test
  void gives_up_following_a_run_after_the_timeout() {
    // given
    for (int i = 0; i < 4; i++) {
      api.enqueue(200, "{\"id\":\"r\",\"status\":\"RUNNING\"}");
    }

    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> api.client.awaitRun("w", "r", Duration.ofSeconds(5), Duration.ofSeconds(2)))
        .isInstanceOf(RunTimeoutException.class)
        .hasMessage("run 'r' of workflow 'w' is still RUNNING after 5000 ms");
    assertThat(api.time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(1));
  }

  @Test
  void lists_and_gets_teams() throws Exception {
    // given
    api.enqueue(200, "{\"teams\":[{\"id\":\"t1\",\"teamTag\":\"platform\",\"metadata\":{\"name\":\"Platform\"},"
        + "\"isArchived\":false,\"type\":\"CORTEX\"}]}");
    api.enqueue(200, "{\"id\":\"t1\",\"teamTag\":\"platform\",\"metadata\":{},\"isArchived\":true}");

    // when
    List<Team> teams = api.client.listTeams();
    Team one = api.client.getTeam("platform");

    // then
    assertThat(teams).containsExactly(new Team("t1", "platform", "Platform", false));
    assertThat(one).isEqualTo(new Team("t1", "platform", "platform", true));
    assertThat(api.take().getPath()).isEqualTo("/api/v1/teams?includeTeamsWithoutMembers=true");
    assertThat(api.take().getPath()).isEqualTo("/api/v1/teams/platform");
  }

  @Test
  void lists_secrets_over_every_page_and_gets_one() throws Exception {
    // given
    api.enqueue(200, "{\"page\":0,\"total\":2,\"totalPages\":2,\"secrets\":[{\"id\":\"s1\",\"tag\":\"a\"}]}");
    api.enqueue(200, "{\"page\":1,\"total\":2,\"totalPages\":2,\"secrets\":[{\"id\":\"s2\",\"tag\":\"b\","
        + "\"name\":\"B\"}]}");
    api.enqueue(200, "{\"id\":\"s2\",\"tag\":\"b\"}");

    // when
    List<Secret> secrets = api.client.listSecrets();
    Secret b = api.client.getSecret("b");

    // then
    assertThat(secrets).extracting(Secret::tag).containsExactly("a", "b");
    assertThat(secrets.get(1).name()).contains("B");
    assertThat(b.id()).isEqualTo("s2");
    assertThat(api.take().getPath()).isEqualTo("/api/v1/secrets?page=0&pageSize=1000");
    assertThat(api.take().getPath()).isEqualTo("/api/v1/secrets?page=1&pageSize=1000");
    assertThat(api.take().getPath()).isEqualTo("/api/v1/secrets/b");
  }
}

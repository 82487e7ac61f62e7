package dev.cortexflow.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.model.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call's method, path, headers and body, answered with the shapes of the Workflows API documents. */
class CloudflareWorkflowsClientRequestsTest {

  static final String WORKFLOW = "{\"id\":\"6f1d3c1e-0000-4000-8000-000000000001\",\"class_name\":\"DbMigrate\","
      + "\"created_on\":\"2026-11-02T10:00:00Z\",\"instances\":{\"complete\":3,\"errored\":1,\"waitingForPause\":2},"
      + "\"modified_on\":\"2026-11-03T10:00:00Z\",\"name\":\"db-migrate\",\"script_name\":\"migrations-worker\","
      + "\"triggered_on\":null}";
  static final String INSTANCE = "{\"id\":\"migrate-42\",\"status\":\"queued\","
      + "\"version_id\":\"7a2b0c3d-0000-4000-8000-000000000002\",\"workflow_id\":\"6f1d3c1e-0000-4000-8000-000000000001\"}";

  private MockCloudflare cf;

  @BeforeEach
  void start() throws Exception {
    cf = new MockCloudflare(RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    cf.close();
  }

  @Test
  void lists_workflows_page_by_page_until_the_total_count_is_reached() throws Exception {
    // given: 100 on the first page, 1 on the second, 101 in all
    String hundred = String.join(",", java.util.Collections.nCopies(100, WORKFLOW));
    cf.ok("[" + hundred + "]", "{\"page\":1,\"per_page\":100,\"count\":100,\"total_count\":101}");
    cf.ok("[" + WORKFLOW + "]", "{\"page\":2,\"per_page\":100,\"count\":1,\"total_count\":101}");

    // when
    List<CloudflareWorkflow> all = cf.client.listWorkflows("db");

    // then
    assertThat(all).hasSize(101);
    RecordedRequest first = cf.take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getPath()).isEqualTo(MockCloudflare.ROOT + "?page=1&per_page=100&search=db");
    assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + MockCloudflare.TOKEN);
    assertThat(first.getHeader("Accept")).isEqualTo("application/json");
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "?page=2&per_page=100&search=db");
    assertThat(cf.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void reads_a_workflow_with_its_instance_counts_as_an_open_vocabulary() throws Exception {
    // given
    cf.ok(WORKFLOW);

    // when
    CloudflareWorkflow w = cf.client.getWorkflow("db-migrate");

    // then
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate");
    assertThat(w.name()).isEqualTo("db-migrate");
    assertThat(w.className()).isEqualTo("DbMigrate");
    assertThat(w.scriptName()).isEqualTo("migrations-worker");
    assertThat(w.triggeredOn()).isEmpty();
    assertThat(w.instanceCounts()).containsOnly(Map.entry(InstanceStatus.COMPLETE, 3L),
        Map.entry(InstanceStatus.ERRORED, 1L), Map.entry(InstanceStatus.WAITING_FOR_PAUSE, 2L));
  }

  @Test
  void creates_or_modifies_a_workflow_with_put() throws Exception {
    // given
    cf.ok("{\"id\":\"6f1d3c1e-0000-4000-8000-000000000001\",\"class_name\":\"DbMigrate\",\"created_on\":"
        + "\"2026-11-02T10:00:00Z\",\"is_deleted\":0,\"modified_on\":\"2026-11-03T10:00:00Z\",\"name\":\"db-migrate\","
        + "\"script_name\":\"migrations-worker\",\"terminator_running\":0,\"triggered_on\":null,"
        + "\"version_id\":\"7a2b0c3d-0000-4000-8000-000000000002\"}");

    // when
    CloudflareWorkflow w = cf.client.putWorkflow("db-migrate", "DbMigrate", "migrations-worker");

    // then
    RecordedRequest r = cf.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"class_name\":\"DbMigrate\",\"script_name\":\"migrations-worker\"}");
    assertThat(w.versionId()).contains("7a2b0c3d-0000-4000-8000-000000000002");
    assertThat(w.instanceCounts()).isEmpty();
  }

  @Test
  void deletes_a_workflow() throws Exception {
    // given
    cf.ok("{\"status\":\"ok\",\"success\":true}");

    // when
    cf.client.deleteWorkflow("db-migrate");

    // then
    RecordedRequest r = cf.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate");
  }

  @Test
  void creates_an_instance_with_id_params_and_retention() throws Exception {
    // given
    cf.ok(INSTANCE);

    // when
    Instance i = cf.client.createInstance("db-migrate", InstanceRequest
        .withParams(JsonValue.object("service", "payments", "dryRun", false))
        .withId("migrate-42").retainingSuccesses("7 days").retainingErrors("30 days"));

    // then
    RecordedRequest r = cf.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"instance_id\":\"migrate-42\",\"instance_retention\":"
        + "{\"success_retention\":\"7 days\",\"error_retention\":\"30 days\"},"
        + "\"params\":{\"service\":\"payments\",\"dryRun\":false}}");
    assertThat(i).isEqualTo(new Instance("migrate-42", InstanceStatus.QUEUED, "7a2b0c3d-0000-4000-8000-000000000002",
        "6f1d3c1e-0000-4000-8000-000000000001", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void creates_instances_in_one_batch_request() throws Exception {
    // given
    cf.ok("[" + INSTANCE + "," + INSTANCE.replace("migrate-42", "migrate-43") + "]");

    // when
    List<Instance> created = cf.client.createInstances("db-migrate", List.of(
        InstanceRequest.withParams(Map.of("n", 1)).withId("migrate-42"), InstanceRequest.empty().withId("migrate-43")));

    // then
    RecordedRequest r = cf.take();
    assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances/batch");
    assertThat(r.getBody().readUtf8())
        .isEqualTo("[{\"instance_id\":\"migrate-42\",\"params\":{\"n\":1}},{\"instance_id\":\"migrate-43\"}]");
    assertThat(created).extracting(Instance::id).containsExactly("migrate-42", "migrate-43");
  }

  @Test
  void lists_instances_with_every_filter_and_follows_the_cursor() throws Exception {
    // given
    String listed = "{\"id\":\"migrate-42\",\"created_on\":\"2026-12-01T09:00:00Z\",\"ended_on\":null,"
        + "\"modified_on\":\"2026-12-01T09:05:00Z\",\"started_on\":\"2026-12-01T09:00:01Z\",\"status\":\"errored\","
        + "\"version_id\":\"v1\",\"workflow_id\":\"w1\"}";
    cf.ok("[" + listed + "]", "{\"count\":1,\"per_page\":1,\"total_count\":2,\"cursor\":\"b3BhcXVl\"}");
    cf.ok("[" + listed.replace("migrate-42", "migrate-43") + "]", "{\"count\":1,\"per_page\":1,\"total_count\":2}");
    InstanceQuery query = InstanceQuery.all().withStatus(InstanceStatus.ERRORED)
        .since(Instant.parse("2026-12-01T00:00:00Z")).until(Instant.parse("2026-12-02T00:00:00.250Z"))
        .perPage(1).descending();

    // when
    List<Instance> all = cf.client.listAllInstances("db-migrate", query);

    // then
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances?status=errored"
        + "&date_start=2026-12-01T00%3A00%3A00Z&date_end=2026-12-02T00%3A00%3A00Z&per_page=1&direction=desc");
    assertThat(cf.take().getPath()).endsWith("&direction=desc&cursor=b3BhcXVl");
    assertThat(all).extracting(Instance::id).containsExactly("migrate-42", "migrate-43");
    assertThat(all.get(0).startedOn()).contains("2026-12-01T09:00:01Z");
    assertThat(all.get(0).endedOn()).isEmpty();
  }

  @Test
  void reads_one_page_of_instances_with_its_cursor_and_total() throws Exception {
    // given
    cf.ok("[" + INSTANCE + "]", "{\"count\":1,\"per_page\":100,\"total_count\":7,\"cursor\":\"next-1\"}");

    // when
    InstancePage page = cf.client.listInstances("db-migrate", InstanceQuery.all());

    // then
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances?per_page=100");
    assertThat(page.nextCursor()).contains("next-1");
    assertThat(page.totalCount()).isEqualTo(OptionalLong.of(7));
  }

  @Test
  void reads_an_instance_with_its_output_error_and_every_kind_of_step() throws Exception {
    // given: the InstanceGetResponse shape, with a step kind the client does not know
    cf.ok("{\"end\":\"2026-12-01T09:05:00Z\",\"error\":{\"message\":\"lock timeout\",\"name\":\"Error\"},"
        + "\"output\":1250,\"params\":{\"service\":\"payments\"},\"queued\":\"2026-12-01T09:00:00Z\","
        + "\"start\":\"2026-12-01T09:00:01Z\",\"status\":\"errored\",\"step_count\":4,\"success\":false,"
        + "\"trigger\":{\"source\":\"api\"},\"versionId\":\"v1\",\"steps\":["
        + "{\"type\":\"step\",\"name\":\"copy rows\",\"start\":\"2026-12-01T09:00:01Z\",\"end\":\"2026-12-01T09:01:00Z\","
        + "\"success\":true,\"output\":{\"rows\":1250},\"config\":{\"retries\":{\"delay\":\"10 seconds\",\"limit\":3,"
        + "\"backoff\":\"exponential\"},\"timeout\":\"10 minutes\"},\"attempts\":[{\"start\":\"2026-12-01T09:00:01Z\","
        + "\"end\":\"2026-12-01T09:00:30Z\",\"success\":false,\"error\":{\"message\":\"busy\",\"name\":\"Error\"}},"
        + "{\"start\":\"2026-12-01T09:00:40Z\",\"end\":\"2026-12-01T09:01:00Z\",\"success\":true,\"error\":null}]},"
        + "{\"type\":\"sleep\",\"name\":\"cool down\",\"start\":\"2026-12-01T09:01:00Z\",\"end\":\"2026-12-01T09:02:00Z\","
        + "\"finished\":true,\"error\":null},"
        + "{\"type\":\"waitForEvent\",\"name\":\"approval\",\"start\":\"2026-12-01T09:02:00Z\","
        + "\"end\":\"2026-12-01T09:03:00Z\",\"finished\":true,\"output\":{\"approved\":true},\"error\":null},"
        + "{\"type\":\"termination\",\"trigger\":{\"source\":\"api\"}},"
        + "{\"type\":\"checkpoint\",\"name\":\"later kind\"}]}");

    // when
    InstanceDetails d = cf.client.getInstance("db-migrate", "migrate-42");

    // then
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances/migrate-42");
    assertThat(d.status()).isEqualTo(InstanceStatus.ERRORED);
    assertThat(d.status().isFinished()).isTrue();
    assertThat(d.output()).isEqualTo(JsonValue.of(1250));
    assertThat(d.params()).isEqualTo(JsonValue.object("service", "payments"));
    assertThat(d.error()).contains(new InstanceError("Error", "lock timeout"));
    assertThat(d.success()).contains(false);
    assertThat(d.trigger()).contains("api");
    assertThat(d.versionId()).contains("v1");
    assertThat(d.steps()).extracting(InstanceStep::type)
        .containsExactly("step", "sleep", "waitForEvent", "termination", "checkpoint");
    InstanceStep copy = d.steps().get(0);
    assertThat(copy.name()).contains("copy rows");
    assertThat(copy.attempts()).isEqualTo(2);
    assertThat(copy.output()).isEqualTo(JsonValue.object("rows", 1250));
    assertThat(d.steps().get(2).output()).isEqualTo(JsonValue.object("approved", true));
    assertThat(d.steps().get(3).name()).isEmpty();
  }

  @Test
  void keeps_an_instance_status_it_does_not_know() throws Exception {
    // given
    cf.ok("{\"id\":\"i\",\"status\":\"hibernating\",\"version_id\":\"v\",\"workflow_id\":\"w\"}");

    // when
    Instance i = cf.client.createInstance("db-migrate", InstanceRequest.empty());

    // then
    assertThat(i.status()).isEqualTo(InstanceStatus.of("hibernating"));
    assertThat(i.status().isFinished()).isFalse();
    assertThat(cf.take().getBody().readUtf8()).isEqualTo("{}");
  }

  @Test
  void changes_an_instance_status_with_each_action() throws Exception {
    // given
    for (String status : List.of("waitingForPause", "running", "terminated", "queued", "queued")) {
      cf.ok("{\"status\":\"" + status + "\",\"timestamp\":\"2026-12-01T09:10:00Z\"}");
    }

    // when
    StatusChange paused = cf.client.pause("db-migrate", "migrate-42");
    cf.client.resume("db-migrate", "migrate-42");
    cf.client.terminate("db-migrate", "migrate-42");
    cf.client.restart("db-migrate", "migrate-42");
    cf.client.restartFrom("db-migrate", "migrate-42", "copy rows");

    // then
    assertThat(paused).isEqualTo(new StatusChange(InstanceStatus.WAITING_FOR_PAUSE, "2026-12-01T09:10:00Z"));
    for (String body : List.of("{\"status\":\"pause\"}", "{\"status\":\"resume\"}", "{\"status\":\"terminate\"}",
        "{\"status\":\"restart\"}", "{\"status\":\"restart\",\"from\":{\"name\":\"copy rows\"}}")) {
      RecordedRequest r = cf.take();
      assertThat(r.getMethod()).isEqualTo("PATCH");
      assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances/migrate-42/status");
      assertThat(r.getBody().readUtf8()).isEqualTo(body);
    }
  }

  @Test
  void sends_an_event_with_its_payload() throws Exception {
    // given
    cf.ok("{}");

    // when
    cf.client.sendEvent("db-migrate", "migrate-42", "approval", Map.of("approved", true));

    // then
    RecordedRequest r = cf.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/instances/migrate-42/events/approval");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"approved\":true}");
  }

  @Test
  void lists_and_reads_versions() throws Exception {
    // given
    String version = "{\"id\":\"v1\",\"class_name\":\"DbMigrate\",\"created_on\":\"2026-11-02T10:00:00Z\","
        + "\"has_dag\":true,\"modified_on\":\"2026-11-02T10:00:00Z\",\"workflow_id\":\"w1\",\"limits\":{\"steps\":500}}";
    cf.ok("[" + version + "]", "{\"page\":1,\"per_page\":100,\"count\":1,\"total_count\":1}");
    cf.ok(version.replace(",\"limits\":{\"steps\":500}", ""));

    // when
    List<WorkflowVersion> versions = cf.client.listVersions("db-migrate");
    WorkflowVersion one = cf.client.getVersion("db-migrate", "v1");

    // then
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/versions?page=1&per_page=100");
    assertThat(cf.take().getPath()).isEqualTo(MockCloudflare.ROOT + "/db-migrate/versions/v1");
    assertThat(versions).containsExactly(new WorkflowVersion("v1", "w1", "DbMigrate", "2026-11-02T10:00:00Z",
        "2026-11-02T10:00:00Z", true, OptionalLong.of(500)));
    assertThat(one.stepLimit()).isEmpty();
  }
}

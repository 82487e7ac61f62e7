package dev.cortexflow.withcortex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.model.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call's method, path, headers and body, answered with the shapes of the API reference. */
class WithCortexClientRequestsTest {

  /** A run as "Get Workflow Runs" shows it: output as an array of steps. */
  static final String RUN = "{\"id\":\"run_1\",\"input\":{\"company\":\"Acme\"},\"output\":[{\"status\":\"COMPLETED\","
      + "\"key\":\"SUMMARY\",\"output\":\"Acme makes anvils\",\"start\":1733300000000}],\"status\":\"COMPLETED\","
      + "\"origin\":\"WORKFLOW\",\"started_at\":\"2023-12-25\",\"ended_at\":\"2023-12-25\",\"workflow_id\":\"work_1\","
      + "\"workflow_version_draft\":null,\"workflow_version\":{\"id\":\"workv_3\",\"description\":\"d\",\"version\":3,"
      + "\"created_at\":\"2023-12-25\",\"key\":\"k\",\"input\":{},\"input_default\":{},\"steps\":[{\"type\":\"code\","
      + "\"key\":\"SUMMARY\",\"conditional\":\"\",\"loop\":\"\",\"code\":\"return 1\"}]},\"created_at\":\"2023-12-25\","
      + "\"updated_at\":\"2023-12-25\"}";
  static final String VERSION = "{\"id\":\"workv_3\",\"app_id\":\"app_7f3k\",\"workflow_id\":\"work_1\","
      + "\"description\":\"d\",\"version\":3,\"rollback_version\":2,\"notes\":\"faster\",\"created_by\":{\"id\":\"u\","
      + "\"name\":\"Ann\"},\"created_at\":\"2023-12-25\",\"key\":\"k\",\"input\":{\"company\":{\"type\":\"text\"}},"
      + "\"input_default\":{\"company\":\"Acme\"},\"input_options\":{},\"steps\":[{\"type\":\"note\",\"key\":\"N\"},"
      + "{\"type\":\"model\",\"key\":\"SUMMARY\"}]}";
  static final String WORKFLOW = "{\"id\":\"work_1\",\"name\":\"Summarise\",\"description\":\"One line\",\"app\":"
      + "{\"id\":\"app_7f3k\",\"name\":\"Research\",\"verified\":true},\"version\":" + VERSION + ",\"tags\":[{\"id\":"
      + "\"t1\",\"name\":\"sales\",\"color\":\"red\"}],\"template_id\":null,\"runs_count\":12,\"enabled\":true,"
      + "\"deleted\":false,\"created_at\":\"2023-12-25\",\"updated_at\":\"2023-12-25\"}";

  private MockWithCortex wc;

  @BeforeEach
  void start() throws Exception {
    wc = new MockWithCortex(RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    wc.close();
  }

  @Test
  void lists_workflows_page_by_page_until_a_short_page() throws Exception {
    // given
    wc.enqueue(200, "[" + String.join(",", Collections.nCopies(100, WORKFLOW)) + "]");
    wc.enqueue(200, "[" + WORKFLOW + "]");

    // when
    List<WithCortexWorkflow> all = wc.client.listWorkflows("sum");

    // then
    assertThat(all).hasSize(101);
    RecordedRequest first = wc.take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getPath()).isEqualTo(MockWithCortex.ROOT + "?search=sum&page=1&take=100");
    assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + MockWithCortex.KEY);
    assertThat(wc.take().getPath()).isEqualTo(MockWithCortex.ROOT + "?search=sum&page=2&take=100");
  }

  @Test
  void reads_a_workflow_with_its_current_version() throws Exception {
    // given
    wc.enqueue(200, WORKFLOW);

    // when
    WithCortexWorkflow w = wc.client.getWorkflow("work_1");

    // then
    assertThat(wc.take().getPath()).isEqualTo(MockWithCortex.ROOT + "/work_1");
    assertThat(w.name()).isEqualTo("Summarise");
    assertThat(w.appName()).contains("Research");
    assertThat(w.tags()).containsExactly("sales");
    assertThat(w.runsCount()).isEqualTo(12);
    assertThat(w.version().orElseThrow().version()).isEqualTo(OptionalInt.of(3));
    assertThat(w.version().orElseThrow().steps()).containsExactly(new VersionStep("note", "N"),
        new VersionStep("model", "SUMMARY"));
  }

  @Test
  void lists_a_workflows_runs_with_status_and_origin_filters() throws Exception {
    // given: the reference's example answer
    wc.enqueue(200, "[" + RUN + "]");

    // when
    List<WorkflowRun> runs = wc.client.listRuns("work_1", RunQuery.all().withStatus(RunStatus.COMPLETED)
        .withOrigin("WORKFLOW").take(20));

    // then
    assertThat(wc.take().getPath())
        .isEqualTo(MockWithCortex.ROOT + "/work_1/runs?status=COMPLETED&origin=WORKFLOW&page=1&take=20");
    WorkflowRun run = runs.get(0);
    assertThat(run.id()).isEqualTo("run_1");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.origin()).isEqualTo("WORKFLOW");
    assertThat(run.input()).isEqualTo(JsonValue.object("company", "Acme"));
    assertThat(run.versionNumber()).isEqualTo(OptionalInt.of(3));
    assertThat(run.step("SUMMARY")).contains(new StepOutput("SUMMARY", RunStatus.COMPLETED,
        JsonValue.of("Acme makes anvils"), OptionalLong.of(1733300000000L)));
  }

  @Test
  void runs_a_workflow_with_input_and_a_version_and_reads_outputs_keyed_by_step() throws Exception {
    // given: the newer shape, output as an object keyed by step
    wc.enqueue(200, "{\"id\":\"run_2\",\"result\":{\"summary\":\"ok\"},\"input\":{},\"output\":{\"SUMMARY\":"
        + "{\"status\":\"COMPLETED\",\"key\":\"SUMMARY\",\"output\":{\"text\":\"ok\"}}},\"status\":\"COMPLETED\","
        + "\"origin\":\"WORKFLOW\",\"started_at\":null,\"ended_at\":null,\"app_id\":\"app_7f3k\",\"workflow_id\":\"work_1\"}");

    // when
    WorkflowRun run = wc.client.run("work_1", RunRequest.withInput(Map.of("company", "Acme")).version("3"));

    // then
    RecordedRequest r = wc.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo(MockWithCortex.ROOT + "/work_1/runs");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"input\":{\"company\":\"Acme\"},\"workflow_version_id\":3}");
    assertThat(run.result()).isEqualTo(JsonValue.object("summary", "ok"));
    assertThat(run.step("SUMMARY").orElseThrow().output()).isEqualTo(JsonValue.object("text", "ok"));
    assertThat(run.startedAt()).isEmpty();
  }

  @Test
  void runs_in_the_background_from_a_step_on_the_latest_version() throws Exception {
    // given
    wc.enqueue(200, "{\"id\":\"run_3\",\"status\":\"PENDING\",\"origin\":\"WORKFLOW\",\"input\":{},\"output\":{}}");

    // when
    WorkflowRun run = wc.client.run("work_1", RunRequest.withInput(Map.of()).version("latest").inBackground()
        .fromStep("SUMMARY"));

    // then
    assertThat(wc.take().getBody().readUtf8())
        .isEqualTo("{\"input\":{},\"workflow_version_id\":\"latest\",\"background\":true,\"from_step_key\":\"SUMMARY\"}");
    assertThat(run.status().isActive()).isTrue();
  }

  @Test
  void gets_cancels_and_replays_a_run() throws Exception {
    // given
    wc.enqueue(200, RUN);
    wc.enqueue(200, RUN.replace("\"status\":\"COMPLETED\",\"origin\"", "\"status\":\"CANCELLED\",\"origin\""));
    wc.enqueue(200, RUN.replace("run_1", "run_4"));

    // when
    wc.client.getRun("work_1", "run_1");
    WorkflowRun cancelled = wc.client.cancelRun("work_1", "run_1");
    WorkflowRun replayed = wc.client.replayRun("work_1", "run_1", "SUMMARY");

    // then
    RecordedRequest get = wc.take();
    assertThat(get.getMethod() + " " + get.getPath()).isEqualTo("GET " + MockWithCortex.ROOT + "/work_1/runs/run_1");
    RecordedRequest cancel = wc.take();
    assertThat(cancel.getMethod() + " " + cancel.getPath())
        .isEqualTo("POST " + MockWithCortex.ROOT + "/work_1/runs/run_1/cancel");
    RecordedRequest replay = wc.take();
    assertThat(replay.getMethod() + " " + replay.getPath())
        .isEqualTo("POST " + MockWithCortex.ROOT + "/work_1/runs/run_1/replay");
    assertThat(replay.getBody().readUtf8()).isEqualTo("{\"stepKey\":\"SUMMARY\"}");
    assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(replayed.id()).isEqualTo("run_4");
  }

  @Test
  void lists_and_reads_versions_by_id_or_number() throws Exception {
    // given
    wc.enqueue(200, "[" + VERSION + "]");
    wc.enqueue(200, VERSION);

    // when
    List<WorkflowVersion> versions = wc.client.listVersions("work_1");
    WorkflowVersion third = wc.client.getVersion("work_1", "3");

    // then
    assertThat(wc.take().getPath()).isEqualTo(MockWithCortex.ROOT + "/work_1/versions?page=1&take=100");
    assertThat(wc.take().getPath()).isEqualTo(MockWithCortex.ROOT + "/work_1/versions/3");
    assertThat(versions).containsExactly(third);
    assertThat(third.notes()).contains("faster");
    assertThat(third.inputDefault()).isEqualTo(JsonValue.object("company", "Acme"));
  }

  @Test
  void uses_every_discoverable_workflow_endpoint() throws Exception {
    // given
    wc.enqueue(200, "[" + WORKFLOW + "]");
    wc.enqueue(200, WORKFLOW);
    wc.enqueue(200, VERSION);
    wc.enqueue(200, RUN);
    wc.enqueue(200, RUN);

    // when
    wc.client.discoverWorkflows("sum");
    wc.client.getDiscoverableWorkflow("work_1");
    wc.client.getDiscoverableVersion("work_1", "workv_3");
    wc.client.runDiscoverable("work_1", RunRequest.withInput(Map.of("company", "Acme")));
    wc.client.cancelDiscoverableRun("work_1", "run_1");

    // then
    String d = MockWithCortex.ROOT + "/discover";
    for (String expected : List.of("GET " + d + "?search=sum&page=1&take=100", "GET " + d + "/work_1",
        "GET " + d + "/work_1/versions/workv_3", "POST " + d + "/work_1/runs", "POST " + d + "/work_1/runs/run_1/cancel")) {
      RecordedRequest r = wc.take();
      assertThat(r.getMethod() + " " + r.getPath()).isEqualTo(expected);
    }
  }
}

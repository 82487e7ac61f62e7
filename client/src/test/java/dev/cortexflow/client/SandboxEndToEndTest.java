package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.ChangeKind;
import dev.cortexflow.client.sync.PlannedChange;
import dev.cortexflow.client.sync.PrunePolicy;
import dev.cortexflow.client.sync.SandboxRequests;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncOutcome;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.client.sync.SyncScope;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxEndToEndTest {

  private CortexSandbox sandbox;
  private CortexClient client;
  private SyncEngine sync;

  @BeforeEach
  void start() {
    sandbox = CortexSandbox.builder().build().start();
    client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> "e2e-token").requestsPerMinute(100_000)
        .build();
    sync = SyncEngine.using(client);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static Workflow numbered(String tag, String url) {
    return Workflow.builder().name("Workflow " + tag).tag(tag).filter(GlobalFilter.of())
        .addActions(Block.builder().name("Call").slug("call").isRootAction(true)
            .schema(HttpRequest.builder().url(url).httpMethod(HttpMethod.GET).build()).build())
        .build();
  }

  static List<Workflow> fleet(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> numbered(prefix + i, "https://example.com/" + i)).toList();
  }

  @Test
  void pushes_fifty_then_diffs_nothing_then_exactly_the_changed_one_then_prunes_only_inside_the_prefix() {
    // given: two workflows outside the prefix already live
    client.createOrUpdate(numbered("keep-a", "https://keep/a"));
    client.createOrUpdate(numbered("keep-b", "https://keep/b"));
    List<Workflow> local = new ArrayList<>(fleet("e2e-", 50));

    // when: first push
    SyncReport first = sync.apply(sync.plan(local, SyncScope.tagPrefix("e2e-")), ApplyOptions.defaults());

    // then
    assertThat(first.isSuccess()).isTrue();
    assertThat(first.count(SyncOutcome.CREATED)).isEqualTo(50);
    assertThat(client.listWorkflows(WorkflowQuery.all().pageSize(7))).hasSize(52);

    // when: nothing changed
    long mark = sandbox.requestCount();
    SyncPlan again = sync.plan(local, SyncScope.tagPrefix("e2e-"));

    // then: one list request, no differences
    assertThat(again.hasDifferences()).isFalse();
    assertThat(SandboxRequests.after(sandbox, mark)).hasSize(1);

    // when: one changes
    local.set(17, numbered("e2e-17", "https://example.com/changed"));
    SyncPlan changed = sync.plan(local, SyncScope.tagPrefix("e2e-"));

    // then: exactly that one
    assertThat(changed.changes()).filteredOn(c -> c.kind() != ChangeKind.UNCHANGED)
        .extracting(PlannedChange::toString).containsExactly("update e2e-17");
    assertThat(changed.changes(ChangeKind.UPDATE).get(0).diff())
        .contains("-    url: https://example.com/17\n+    url: https://example.com/changed\n");

    // when: two are removed locally and pruned with DELETE
    local.removeIf(w -> w.tag().equals("e2e-3") || w.tag().equals("e2e-40"));
    SyncReport pruned = sync.apply(sync.plan(local, SyncScope.tagPrefix("e2e-")),
        ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DELETE));

    // then
    assertThat(pruned.count(SyncOutcome.PRUNED)).isEqualTo(2);
    assertThat(pruned.count(SyncOutcome.UPDATED)).isEqualTo(1);
    assertThat(client.listWorkflows(WorkflowQuery.all())).extracting(WorkflowSummary::tag)
        .hasSize(50).contains("keep-a", "keep-b").doesNotContain("e2e-3", "e2e-40");
    assertThat(sync.plan(local, SyncScope.tagPrefix("e2e-")).hasDifferences()).isFalse();
  }

  @Test
  void a_no_op_sync_of_three_hundred_makes_one_request_and_no_writes() {
    // given
    List<Workflow> local = fleet("noop-", 300);
    assertThat(sync.apply(sync.plan(local), ApplyOptions.defaults()).count(SyncOutcome.CREATED)).isEqualTo(300);
    long mark = sandbox.requestCount();

    // when
    SyncReport report = sync.apply(sync.plan(local, SyncScope.tagPrefix("noop-")),
        ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DELETE));

    // then
    assertThat(report.count(SyncOutcome.UNCHANGED)).isEqualTo(300);
    List<RecordedRequest> requests = SandboxRequests.after(sandbox, mark);
    assertThat(requests).singleElement().satisfies(r -> assertThat(r.isWrite()).isFalse());
  }

  @Test
  void runs_a_workflow_that_pauses_at_an_async_block_until_the_callback() throws Exception {
    // given
    Workflow waiting = Workflow.builder().name("Wait").tag("wait-for-it").filter(GlobalFilter.of())
        .isRunnableViaApi(true)
        .addActions(Block.builder().name("Start job").slug("start-job").isRootAction(true)
            .schema(HttpRequestAsync.builder().url("https://ci.example.com/jobs").httpMethod(HttpMethod.POST)
                .payload("{\"callback\": \"{{{callbackUrl}}}\"}").build())
            .addOutgoingActions("report").build())
        .addActions(Block.builder().name("Report").slug("report")
            .schema(HttpRequest.builder().url("https://chat.example.com/{{actions.start-job.outputs.result.output.url}}")
                .httpMethod(HttpMethod.POST).build())
            .build())
        .build();
    client.createOrUpdate(waiting);

    // when
    WorkflowRun started = client.startRun("wait-for-it",
        RunRequest.of(RunScope.global()).withInitialContext(Map.of("who", "e2e")));
    WorkflowRun paused = client.awaitRun("wait-for-it", started.id(), Duration.ofSeconds(10), Duration.ofMillis(20));

    // then
    assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
    JsonNode pausedJson = new ObjectMapper().readTree(paused.json());
    String callbackId = pausedJson.path("pausedBlocks").path(0).path("callbackId").asText();
    assertThat(callbackId).isNotEmpty();

    // when: an update keeps it paused, success completes it
    client.callback("wait-for-it", callbackId, Callback.update("half way", Map.of()));
    assertThat(client.getRun("wait-for-it", started.id()).status()).isEqualTo(RunStatus.PAUSED);
    client.callback("wait-for-it", callbackId, Callback.success("done", Map.of("url", "build/42")));
    WorkflowRun finished = client.awaitRun("wait-for-it", started.id(), Duration.ofSeconds(10),
        Duration.ofMillis(20));

    // then
    assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(finished.json()).contains("build/42");
    assertThatThrownBy(() -> client.callback("wait-for-it", callbackId, Callback.success("again", Map.of())))
        .isInstanceOf(CortexApiException.class)
        .satisfies(e -> assertThat(((CortexApiException) e).status()).isIn(404, 406));
  }

  @Test
  void a_run_of_an_unknown_workflow_is_not_found() {
    assertThatThrownBy(() -> client.startRun("nope", RunRequest.of(RunScope.global())))
        .isInstanceOf(CortexApiException.NotFound.class)
        .hasMessageStartingWith("[404] POST /api/v1/workflows/nope/runs: ");
  }
}

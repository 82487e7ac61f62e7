package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.client.RetryPolicy;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.sandbox.RecordedRequest;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncEngineTest {

  private CortexSandbox sandbox;
  private CortexClient client;
  private SyncEngine sync;

  @BeforeEach
  void start() {
    sandbox = CortexSandbox.builder().team("platform", "Platform").secret("deploy-token", "Deploy token").build()
        .start();
    client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> "sandbox-token")
        .retryPolicy(RetryPolicy.none()).build();
    sync = SyncEngine.using(client);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long mark;

  private void push(Workflow... workflows) {
    for (Workflow w : workflows) {
      client.createOrUpdate(WorkflowJson.write(w), DescriptorFormat.JSON);
    }
    mark = sandbox.requestCount();
  }

  private List<RecordedRequest> requestsSinceMark() {
    return SandboxRequests.after(sandbox, mark);
  }

  @Test
  void plans_create_update_unchanged_and_prune_candidates_from_one_list_request() {
    // given
    push(SyncWorkflows.simple("team-a-same"), SyncWorkflows.simple("team-a-changed"),
        SyncWorkflows.simple("team-a-old"), SyncWorkflows.simple("other-old"));
    List<Workflow> local = List.of(SyncWorkflows.simple("team-a-same"),
        SyncWorkflows.simple("team-a-changed", "https://example.com/v2"), SyncWorkflows.simple("team-a-new"));

    // when
    SyncPlan plan = sync.plan(local, SyncScope.tagPrefix("team-a-"));

    // then
    assertThat(plan.changes()).extracting(PlannedChange::toString).containsExactly(
        "update team-a-changed", "create team-a-new", "prune-candidate team-a-old", "unchanged team-a-same");
    assertThat(plan.summary()).isEqualTo("Plan: 1 to create, 1 to update, 1 unchanged, 1 prune candidate");
    assertThat(plan.changes(ChangeKind.UPDATE).get(0).diff()).isEqualTo("""
        --- live/team-a-changed
        +++ local/team-a-changed.yaml
        @@ -10,7 +10,7 @@
           slug: call
           schema:
             type: HTTP_REQUEST
        -    url: https://example.com/team-a-changed
        +    url: https://example.com/v2
             httpMethod: POST
             headers:
               Content-Type: application/json
        @@ -22,7 +22,7 @@
           slug: done
           schema:
             type: HTTP_REQUEST
        -    url: https://example.com/team-a-changed/done
        +    url: https://example.com/v2/done
             httpMethod: GET
             headers: {}
           outgoingActions: []
        """);
    List<RecordedRequest> requests = requestsSinceMark();
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("GET");
      assertThat(r.path()).isEqualTo("/api/v1/workflows");
      assertThat(r.query()).contains("includeActions=true");
    });
  }

  @Test
  void without_a_scope_nothing_is_a_prune_candidate() {
    // given
    push(SyncWorkflows.simple("old"));

    // when
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("new")));

    // then
    assertThat(plan.changes()).extracting(PlannedChange::toString).containsExactly("create new");
    assertThat(plan.scope()).isEmpty();
  }

  @Test
  void key_order_defaults_and_block_order_are_not_changes() {
    // given: the same workflow written by hand, keys shuffled, defaults left out, blocks reversed
    client.createOrUpdate("""
        {"tag": "hand", "filter": {"type": "GLOBAL"}, "name": "Workflow hand", "description": "Synced hand",
         "actions": [
          {"slug": "done", "name": "Done", "outgoingActions": [],
           "schema": {"url": "https://example.com/hand/done", "type": "HTTP_REQUEST", "httpMethod": "GET"}},
          {"isRootAction": true, "name": "Call", "slug": "call", "outgoingActions": ["done"],
           "schema": {"type": "HTTP_REQUEST", "httpMethod": "POST", "url": "https://example.com/hand",
                      "headers": {"Content-Type": "application/json"}, "payload": "{\\"tag\\": \\"hand\\"}"}}
         ]}
        """, DescriptorFormat.JSON);

    // when
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("hand")));

    // then
    assertThat(plan.changes()).extracting(PlannedChange::kind).containsExactly(ChangeKind.UNCHANGED);
    assertThat(plan.hasDifferences()).isFalse();
  }

  @Test
  void a_plan_renders_as_text_and_as_deterministic_json() {
    // given
    push(SyncWorkflows.simple("p-old"));
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("p-new")), SyncScope.tagPrefix("p-"));

    // when / then
    assertThat(plan.toText()).isEqualTo("""
        + create p-new
        - prune-candidate p-old
        Plan: 1 to create, 0 to update, 0 unchanged, 1 prune candidate
        """);
    assertThat(plan.toJson()).isEqualTo("""
        {
          "scope" : "p-",
          "summary" : {
            "create" : 1,
            "update" : 0,
            "unchanged" : 0,
            "pruneCandidates" : 1
          },
          "changes" : [
            {
              "tag" : "p-new",
              "action" : "create"
            },
            {
              "tag" : "p-old",
              "action" : "prune-candidate"
            }
          ]
        }
        """);
  }

  @Test
  void a_plan_without_a_prune_scope_leaves_the_scope_key_out_of_its_json() {
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("p-new")));

    assertThat(plan.toJson()).isEqualTo("""
        {
          "summary" : {
            "create" : 1,
            "update" : 0,
            "unchanged" : 0,
            "pruneCandidates" : 0
          },
          "changes" : [
            {
              "tag" : "p-new",
              "action" : "create"
            }
          ]
        }
        """);
  }

  @Test
  void rejects_two_local_workflows_with_one_tag() {
    assertThatThrownBy(() -> sync.plan(List.of(SyncWorkflows.simple("x"), SyncWorkflows.simple("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two local workflows have tag 'x'");
  }

  @Test
  void apply_creates_and_updates_and_reports_progress() {
    // given
    push(SyncWorkflows.simple("a"), SyncWorkflows.simple("b"));
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("a"), SyncWorkflows.simple("b", "https://b.example"),
        SyncWorkflows.simple("c")));
    List<String> progress = new ArrayList<>();

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults().withConcurrency(1)
        .withListener((done, total, r) -> progress.add(ProgressListener.line(done, total, r))));

    // then
    assertThat(report.isSuccess()).isTrue();
    assertThat(report.results()).extracting(SyncResult::toString)
        .containsExactly("unchanged a", "updated b", "created c");
    assertThat(progress).containsExactly("[1/2] updated b", "[2/2] created c");
    assertThat(report.summary())
        .isEqualTo("Applied: 1 created, 1 updated, 1 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed");
    assertThat(sync.plan(List.of(SyncWorkflows.simple("a"), SyncWorkflows.simple("b", "https://b.example"),
        SyncWorkflows.simple("c"))).hasDifferences()).isFalse();
  }

  @Test
  void prune_ignore_touches_nothing() {
    // given
    push(SyncWorkflows.simple("s-old"));
    SyncPlan plan = sync.plan(List.of(), SyncScope.tagPrefix("s-"));

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults());

    // then
    assertThat(report.results()).extracting(SyncResult::toString).containsExactly("skipped s-old");
    assertThat(requestsSinceMark()).noneMatch(RecordedRequest::isWrite);
    assertThat(client.findWorkflow("s-old")).isPresent();
  }

  @Test
  void prune_draft_sets_is_draft_and_keeps_the_rest() {
    // given
    push(SyncWorkflows.simple("s-old"), SyncWorkflows.simple("keep"));
    SyncPlan plan = sync.plan(List.of(), SyncScope.tagPrefix("s-"));

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DRAFT));

    // then
    assertThat(report.results()).extracting(SyncResult::toString).containsExactly("drafted s-old");
    assertThat(client.findWorkflow("s-old").orElseThrow().isDraft()).isTrue();
    assertThat(client.findWorkflow("keep").orElseThrow().isDraft()).isFalse();
    Workflow drafted = DslCodec.INSTANCE.read(Planner.withoutServerKeys(client.findWorkflow("s-old").get().json()));
    assertThat(drafted).isEqualTo(SyncWorkflows.simple("s-old").toBuilder().isDraft(true).build());
  }

  @Test
  void a_drafted_prune_candidate_is_settled_the_next_plan_has_no_difference_and_the_next_draft_sends_nothing() {
    // given
    push(SyncWorkflows.simple("s-old"));
    sync.apply(sync.plan(List.of(), SyncScope.tagPrefix("s-")),
        ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DRAFT));
    mark = sandbox.requestCount();

    // when
    SyncPlan again = sync.plan(List.of(), SyncScope.tagPrefix("s-"));
    SyncReport report = sync.apply(again, ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DRAFT));

    // then
    assertThat(again.hasDifferences()).isFalse();
    assertThat(again.toText()).isEqualTo("""
        - prune-candidate s-old (already drafted)
        Plan: 0 to create, 0 to update, 0 unchanged, 1 prune candidate (1 already drafted)
        """);
    assertThat(report.results()).extracting(SyncResult::toString).containsExactly("already drafted s-old");
    assertThat(report.summary()).isEqualTo(
        "Applied: 0 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed, 1 already drafted");
    assertThat(requestsSinceMark()).noneMatch(RecordedRequest::isWrite);
  }

  @Test
  void prune_delete_removes_only_workflows_inside_the_scope() {
    // given
    push(SyncWorkflows.simple("s-old"), SyncWorkflows.simple("s-kept"), SyncWorkflows.simple("outside"));
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("s-kept")), SyncScope.tagPrefix("s-"));

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults().withPrunePolicy(PrunePolicy.DELETE));

    // then
    assertThat(report.results()).extracting(SyncResult::toString).containsExactly("unchanged s-kept", "pruned s-old");
    assertThat(client.findWorkflow("s-old")).isEmpty();
    assertThat(client.findWorkflow("s-kept")).isPresent();
    assertThat(client.findWorkflow("outside")).isPresent();
  }

  @Test
  void writes_nothing_when_any_local_workflow_has_an_error() {
    // given
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("good"), SyncWorkflows.twoRoots("bad")));

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults());

    // then
    assertThat(report.isSuccess()).isFalse();
    assertThat(report.results()).isEmpty();
    assertThat(report.problems()).isNotEmpty().allMatch(p -> p.tag().equals("bad"));
    assertThat(report.problems()).extracting(SyncProblem::code).contains("MULTIPLE_ROOTS");
    assertThat(report.summary()).startsWith("Nothing written: ");
    assertThat(requestsSinceMark()).noneMatch(RecordedRequest::isWrite);
  }

  @Test
  void a_type_cortexflow_does_not_know_stops_the_push_unless_the_validator_allows_it_and_then_the_server_decides() {
    // given
    Workflow simple = SyncWorkflows.simple("newer");
    Workflow newer = simple.toBuilder().actions(List.of(simple.actions().get(0), Block.builder()
        .from(simple.actions().get(1)).schema(CustomBlock.builder().type("RUN_WORKFLOW").build()).build())).build();
    SyncPlan plan = sync.plan(List.of(newer));

    // when
    SyncReport refused = sync.apply(plan, ApplyOptions.defaults());
    SyncReport allowed = sync.apply(plan, ApplyOptions.defaults()
        .withValidator(WorkflowValidator.allowingUnknownTypes()));

    // then
    assertThat(refused.problems()).extracting(SyncProblem::toString).containsExactly("newer: ERROR UNKNOWN_TYPE at "
        + "/actions/1/schema/type: block 'done' (actions[1]): block type 'RUN_WORKFLOW' is unknown to cortexflow, "
        + "so its fields are not checked: check the spelling (known: the 16 block types of spec §6), or allow "
        + "unknown types if Cortex added it");
    assertThat(refused.results()).isEmpty();
    assertThat(allowed.problems()).isEmpty();
    assertThat(allowed.results()).extracting(SyncResult::outcome).containsExactly(SyncOutcome.FAILED);
    assertThat(allowed.results().get(0).error().orElseThrow()).startsWith("[400] POST /api/v1/workflows: ")
        .contains("Unknown action type 'RUN_WORKFLOW' in action 'done'");
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void preflight_stops_a_workflow_approved_by_an_unknown_team() {
    // given
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.approval("ok", "platform"),
        SyncWorkflows.approval("typo", "platfrom")));

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults().withPreflight(true));

    // then
    assertThat(report.problems()).extracting(SyncProblem::toString).containsExactly(
        "typo: ERROR UNKNOWN_TEAM at /actions/0/schema/approvingTeamIds/0: block 'approve' (actions[0]): "
            + "approvingTeamIds names 'platfrom', which is no team");
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void server_validation_asks_the_validate_endpoint_for_each_workflow_to_write() {
    // given
    push(SyncWorkflows.simple("same"));
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("same"), SyncWorkflows.simple("new")));
    mark = sandbox.requestCount();

    // when
    SyncReport report = sync.apply(plan, ApplyOptions.defaults().withServerValidation(true));

    // then
    assertThat(report.isSuccess()).isTrue();
    assertThat(requestsSinceMark()).extracting(r -> r.method() + " " + r.path())
        .containsExactly("POST /api/v1/workflows/validate", "POST /api/v1/workflows");
  }

  @Test
  void one_failed_write_does_not_stop_the_others() {
    // given
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("f1"), SyncWorkflows.simple("f2"),
        SyncWorkflows.simple("f3")));
    try (CortexSandbox failing = CortexSandbox.builder().failRequests(2).build().start()) {
      CortexClient other = CortexClient.builder().baseUrl(failing.url()).token(() -> "t")
          .retryPolicy(RetryPolicy.none()).build();

      // when
      SyncReport report = SyncEngine.using(other).apply(plan, ApplyOptions.defaults().withConcurrency(1));

      // then
      assertThat(report.isSuccess()).isFalse();
      assertThat(report.results()).extracting(SyncResult::outcome)
          .containsExactly(SyncOutcome.CREATED, SyncOutcome.FAILED, SyncOutcome.CREATED);
      assertThat(report.results().get(1).error().orElseThrow()).startsWith("[500] POST /api/v1/workflows: ");
      assertThat(failing.workflowCount()).isEqualTo(2);
      assertThat(report.toJson()).contains("\"outcome\" : \"failed\"", "\"failed\" : 1", "\"created\" : 2");
      assertThat(report.isServiceFailure()).as("a 500 is the server's failure, not the workflow's").isTrue();
    }
  }

  @Test
  void a_listener_is_told_when_each_write_begins_before_its_result_on_a_daemon_writer_thread() {
    // given
    push(SyncWorkflows.simple("a"));
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("a", "https://a.example"), SyncWorkflows.simple("b")));
    List<String> events = new ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void onStart(String tag, int total) {
        Thread writer = Thread.currentThread();
        events.add("start " + tag + " of " + total + " on " + writer.getName()
            + (writer.isDaemon() ? ", a daemon" : ""));
      }

      @Override
      public void onResult(int done, int total, SyncResult result) {
        events.add(ProgressListener.line(done, total, result));
      }
    };

    // when
    sync.apply(plan, ApplyOptions.defaults().withConcurrency(1).withListener(listener));

    // then
    assertThat(events).containsExactly("start a of 2 on cortexflow-sync, a daemon", "[1/2] updated a",
        "start b of 2 on cortexflow-sync, a daemon", "[2/2] created b");
  }

  @Test
  void a_write_that_fails_before_any_request_is_a_failed_result_naming_the_exception() {
    // given: a token that cannot be sent as a header
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("a")));
    CortexClient broken = CortexClient.builder().baseUrl(sandbox.url()).token(() -> "sandbox\ntoken")
        .retryPolicy(RetryPolicy.none()).build();

    // when
    SyncReport report = SyncEngine.using(broken).apply(plan, ApplyOptions.defaults());

    // then
    assertThat(report.results()).containsExactly(SyncResult.failed("a",
        "IllegalArgumentException: the API token contains a line break or a control character", false));
    assertThat(report.isServiceFailure()).isFalse();
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void server_validation_that_cannot_reach_the_server_stops_the_apply_as_the_servers_failure() {
    // given
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("new")));
    try (CortexSandbox failing = CortexSandbox.builder().failRequests(1).build().start()) {
      CortexClient other = CortexClient.builder().baseUrl(failing.url()).token(() -> "t")
          .retryPolicy(RetryPolicy.none()).build();

      // when / then
      assertThatThrownBy(() -> SyncEngine.using(other).apply(plan, ApplyOptions.defaults().withServerValidation(true)))
          .isInstanceOfSatisfying(CortexApiException.class, e -> assertThat(e.isServiceFailure()).isTrue())
          .hasMessageStartingWith("[500] POST /api/v1/workflows/validate: ");
      assertThat(failing.workflowCount()).isZero();
    }
  }

  @Test
  void a_plan_made_with_files_points_the_diff_of_an_update_at_its_file() {
    // given
    push(SyncWorkflows.simple("a"));
    Workflow local = SyncWorkflows.simple("a", "https://a.example");
    String text = WorkflowYaml.write(local);

    // when
    SyncPlan plan = sync.plan(List.of(local), Map.of("a", new SourceFile("flows/a.yaml", text)));

    // then
    assertThat(plan.changes(ChangeKind.UPDATE)).singleElement().satisfies(c -> {
      assertThat(c.diff()).startsWith("--- live/a\n+++ flows/a.yaml\n@@ ");
      assertThat(c.liveAsLocal()).contains(WorkflowYaml.write(SyncWorkflows.simple("a")));
    });
  }

  @Test
  void an_apply_interrupted_while_it_waits_for_its_writes_stops_and_leaves_the_thread_interrupted() {
    // given: a write that does not finish before the apply waits for it
    SyncPlan plan = sync.plan(List.of(SyncWorkflows.simple("a")));
    CountDownLatch never = new CountDownLatch(1);
    ProgressListener blocking = new ProgressListener() {
      @Override
      public void onStart(String tag, int total) {
        try {
          never.await();
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void onResult(int done, int total, SyncResult result) {}
    };
    Thread.currentThread().interrupt();

    // when / then
    assertThatThrownBy(() -> sync.apply(plan, ApplyOptions.defaults().withListener(blocking)))
        .isInstanceOf(IllegalStateException.class).hasMessage("sync interrupted")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(Thread.interrupted()).isTrue();
  }
}

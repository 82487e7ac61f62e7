package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.client.WorkflowQuery;
import dev.cortexflow.client.WorkflowSummary;
import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushDiffCommandTest {

  private static final String TOKEN = "push-test-token";

  @TempDir
  Path dir;

  private CortexSandbox sandbox;
  private CortexClient client;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build();
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID);
    Fixtures.write(dir, "flows/wait.yaml", ServerCommandsTest.ASYNC);
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  private CliRun.Builder cli() {
    return CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN);
  }

  private List<String> liveTags() {
    return client.listWorkflows(WorkflowQuery.all()).stream().map(WorkflowSummary::tag).sorted().toList();
  }

  @Test
  void push_prints_the_plan_and_a_progress_line_per_workflow_then_a_second_push_changes_nothing() {
    CliRun first = cli().run("push", "flows", "--concurrency", "1");
    CliRun second = cli().run("push", "flows");

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).isEqualTo("""
        + create notify-on-deploy
        + create wait-for-ci
        Plan: 2 to create, 0 to update, 0 unchanged, 0 prune candidates
        [1/2] created notify-on-deploy
        [2/2] created wait-for-ci
        Applied: 2 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed
        """);
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.out).startsWith("Plan: 0 to create, 0 to update, 2 unchanged, 0 prune candidates\n")
        .endsWith("Applied: 0 created, 0 updated, 2 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed\n");
    assertThat(liveTags()).containsExactly("notify-on-deploy", "wait-for-ci");
  }

  @Test
  void diff_exits_0_when_nothing_differs_and_1_with_a_unified_diff_when_something_does() {
    assertThat(cli().run("push", "-q", "flows").exitCode).isZero();
    CliRun same = cli().run("diff", "flows");
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID.replace("channel: deploys", "channel: releases"));

    CliRun changed = cli().run("diff", "flows");

    assertThat(same.exitCode).as(same.toString()).isZero();
    assertThat(same.out).isEqualTo("Plan: 0 to create, 0 to update, 2 unchanged, 0 prune candidates\n");
    assertThat(changed.exitCode).as(changed.toString()).isEqualTo(1);
    assertThat(changed.out).startsWith("~ update notify-on-deploy\n").contains("-", "channel: deploys",
        "+", "channel: releases").endsWith("Plan: 0 to create, 1 to update, 1 unchanged, 0 prune candidates\n");
  }

  @Test
  void diff_prints_one_json_document_with_format_json() throws Exception {
    CliRun run = cli().run("diff", "--format", "json", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.path("summary").path("create").asInt()).isEqualTo(2);
    assertThat(json.path("changes").get(0).path("tag").asText()).isEqualTo("notify-on-deploy");
    assertThat(json.path("changes").get(0).path("action").asText()).isEqualTo("create");
    assertThat(json.path("retried").toString()).isEqualTo("{\"requests\":0,\"extraAttempts\":0}");
  }

  @Test
  void diff_json_counts_the_requests_retried_while_planning() throws Exception {
    sandbox.close();
    // the list (request 1) is throttled (429) twice
    sandbox = CortexSandbox.builder().token(TOKEN).throttleRequests(1, 2).retryAfterSeconds(0).build().start();

    CliRun run = cli().run("diff", "--format", "json", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(run.out).path("retried").toString())
        .isEqualTo("{\"requests\":1,\"extraAttempts\":2}");
  }

  @Test
  void an_update_counts_only_the_workflows_written() {
    assertThat(cli().run("push", "-q", "flows").exitCode).isZero();
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID.replace("channel: deploys", "channel: releases"));

    CliRun run = cli().run("push", "flows");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("\n[1/1] updated notify-on-deploy\n")
        .endsWith("Applied: 0 created, 1 updated, 1 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed\n");
  }

  @Test
  void push_prints_one_json_document_with_format_json() throws Exception {
    CliRun dry = cli().run("push", "--format", "json", "--dry-run", "flows");
    CliRun applied = cli().run("push", "--format", "json", "flows");

    assertThat(dry.exitCode).isZero();
    assertThat(new ObjectMapper().readTree(dry.out).path("summary").path("create").asInt()).isEqualTo(2);
    assertThat(applied.exitCode).as(applied.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(applied.out);
    assertThat(report.path("success").asBoolean()).isTrue();
    assertThat(report.path("results").get(0).path("outcome").asText()).isEqualTo("created");
  }

  @Test
  void push_json_has_summary_counts_each_workflows_file_and_no_null_keys() {
    CliRun dry = cli().run("push", "--format", "json", "--dry-run", "flows");
    CliRun applied = cli().run("push", "--format", "json", "flows");

    assertThat(dry.out).isEqualTo("""
        {
          "summary" : {
            "create" : 2,
            "update" : 0,
            "unchanged" : 0,
            "pruneCandidates" : 0
          },
          "changes" : [
            {
              "tag" : "notify-on-deploy",
              "file" : "flows/notify.yaml",
              "action" : "create"
            },
            {
              "tag" : "wait-for-ci",
              "file" : "flows/wait.yaml",
              "action" : "create"
            }
          ],
          "retried" : {
            "requests" : 0,
            "extraAttempts" : 0
          }
        }
        """);
    assertThat(applied.exitCode).as(applied.toString()).isZero();
    assertThat(applied.out).isEqualTo("""
        {
          "success" : true,
          "summary" : {
            "created" : 2,
            "updated" : 0,
            "unchanged" : 0,
            "pruned" : 0,
            "drafted" : 0,
            "skipped" : 0,
            "alreadyDrafted" : 0,
            "failed" : 0
          },
          "problems" : [ ],
          "results" : [
            {
              "tag" : "notify-on-deploy",
              "file" : "flows/notify.yaml",
              "outcome" : "created"
            },
            {
              "tag" : "wait-for-ci",
              "file" : "flows/wait.yaml",
              "outcome" : "created"
            }
          ],
          "retried" : {
            "requests" : 0,
            "extraAttempts" : 0
          }
        }
        """);
    assertThat(dry.out + applied.out).doesNotContain("null");
  }

  @Test
  void push_json_counts_the_requests_retried_and_their_extra_attempts_while_planning_and_while_writing()
      throws Exception {
    sandbox.close();
    // the dry run's list (request 1) is throttled (429); the push's list (3) fails (500); its first write fails
    // (5, 500) and loses its connection (6) before it succeeds
    sandbox = CortexSandbox.builder().token(TOKEN).throttleRequests(1).failRequests(3, 5).dropConnections(6)
        .retryAfterSeconds(0).build().start();

    CliRun dry = cli().run("push", "--format", "json", "--dry-run", "flows");
    CliRun applied = cli().run("push", "--format", "json", "--concurrency", "1", "flows");

    assertThat(dry.exitCode).as(dry.toString()).isZero();
    assertThat(new ObjectMapper().readTree(dry.out).path("retried").toString())
        .isEqualTo("{\"requests\":1,\"extraAttempts\":1}");
    assertThat(applied.exitCode).as(applied.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(applied.out);
    assertThat(report.path("success").asBoolean()).isTrue();
    assertThat(report.path("retried").toString()).isEqualTo("{\"requests\":2,\"extraAttempts\":3}");
    assertThat(sandbox.workflowCount()).isEqualTo(2);
  }

  @Test
  void dry_run_prints_the_plan_and_changes_nothing() {
    CliRun run = cli().run("push", "--dry-run", "flows");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).endsWith("Plan: 2 to create, 0 to update, 0 unchanged, 0 prune candidates\n"
        + "dry run: nothing changed\n");
    assertThat(liveTags()).isEmpty();
  }

  @Test
  void an_invalid_file_stops_the_push_with_validates_report_on_stderr_before_any_request() {
    Fixtures.write(dir, "flows/broken.yaml", Fixtures.BROKEN_EDGE.replace("notify-on-deploy", "broken"));
    long before = sandbox.requestCount();

    CliRun push = cli().run("push", "flows");
    CliRun validate = cli().run("validate", "flows");

    assertThat(push.exitCode).as(push.toString()).isEqualTo(1);
    assertThat(push.out).isEmpty();
    assertThat(push.err).isEqualTo(validate.err + "error: 1 error in 3 files; nothing pushed\n");
    assertThat(push.err).startsWith("flows/broken.yaml: ERROR UNKNOWN_TARGET at /actions/1/outgoingActions/0: ");
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }

  @Test
  void push_shows_the_warnings_validate_shows_on_stderr_before_the_plan() {
    Fixtures.write(dir, "flows/custom.yaml", Fixtures.VALID.replace("notify-on-deploy", "custom")
        .replace("type: SLACK", "type: RUN_WORKFLOW"));

    CliRun push = cli().run("push", "--dry-run", "--allow-unknown-types", "flows");
    CliRun validate = cli().run("validate", "--allow-unknown-types", "flows");

    assertThat(validate.err).startsWith("flows/custom.yaml: WARNING UNKNOWN_TYPE at /actions/1/schema/type: ");
    assertThat(push.err).isEqualTo(validate.err);
    assertThat(push.exitCode).as(push.toString()).isZero();
    assertThat(push.out).startsWith("+ create custom\n");
  }

  @Test
  void prune_delete_removes_live_workflows_inside_the_prefix_that_no_file_defines() {
    client.createOrUpdate(Fixtures.VALID.replace("notify-on-deploy", "notify-old"), DescriptorFormat.YAML);
    client.createOrUpdate(Fixtures.VALID.replace("notify-on-deploy", "other-team"), DescriptorFormat.YAML);

    CliRun run = cli().run("push", "flows", "--prune-prefix", "notify-", "--prune", "delete", "--concurrency", "1",
        "--yes");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("- prune-candidate notify-old\n",
        "Plan: 2 to create, 0 to update, 0 unchanged, 1 prune candidate\n");
    assertThat(liveTags()).containsExactly("notify-on-deploy", "other-team", "wait-for-ci");
  }

  @Test
  void diff_against_an_unreachable_server_exits_3_with_one_line() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    CliRun run = cli().run("diff", "flows", "--url", "http://127.0.0.1:" + closedPort);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ")
        .contains("cannot connect to 'http://127.0.0.1:" + closedPort + "': connection refused");
  }

  @Test
  void prune_without_a_prefix_is_bad_usage() {
    CliRun run = cli().run("push", "flows", "--prune", "delete");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --prune delete needs --prune-prefix to say which workflows it may touch\n");
  }

  @Test
  void an_unknown_prune_policy_is_bad_usage() {
    CliRun run = cli().run("push", "flows", "--prune", "archive", "--prune-prefix", "x");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Invalid value for option '--prune': expected one of ");
  }

  @Test
  void server_validate_checks_every_workflow_on_the_server_before_writing() {
    CliRun run = cli().run("push", "--server-validate", "-q", "flows");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(sandbox.recordedRequests()).anySatisfy(
        request -> assertThat(request.path()).isEqualTo("/api/v1/workflows/validate"));
  }

  @Test
  void push_reports_a_shared_tag_as_validate_does_and_diff_exits_2_naming_both_files() {
    Fixtures.write(dir, "flows/notify-copy.yaml", Fixtures.VALID);

    CliRun push = cli().run("push", "flows");
    CliRun diff = cli().run("diff", "flows");

    String message = "error: 'flows/notify-copy.yaml' and 'flows/notify.yaml' both define workflow"
        + " 'notify-on-deploy': give each workflow its own tag\n";
    assertThat(push.exitCode).as(push.toString()).isEqualTo(1);
    assertThat(push.err).isEqualTo("flows/notify.yaml: ERROR DUPLICATE_TAG at /tag: tag 'notify-on-deploy' is also"
        + " the tag of 'flows/notify-copy.yaml': give every workflow its own tag, a push keeps only one of them\n"
        + "error: 1 error in 3 files; nothing pushed\n");
    assertThat(diff.exitCode).as(diff.toString()).isEqualTo(2);
    assertThat(diff.err).isEqualTo(message);
    assertThat(liveTags()).isEmpty();
  }

  @Test
  void push_and_diff_count_the_requests_they_retried() {
    sandbox.close();
    // the first write fails twice, the second once; the diff's list (request 7) is throttled
    sandbox = CortexSandbox.builder().token(TOKEN).failRequests(2, 3, 5).throttleRequests(7).retryAfterSeconds(0)
        .build().start();

    CliRun push = cli().run("push", "flows", "--concurrency", "1");
    CliRun diff = cli().run("diff", "flows");

    assertThat(push.exitCode).as(push.toString()).isZero();
    assertThat(push.out).endsWith("[2/2] created wait-for-ci\n"
        + "Applied: 2 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed, 2 requests retried\n");
    assertThat(diff.exitCode).as(diff.toString()).isZero();
    assertThat(diff.out).isEqualTo("Plan: 0 to create, 0 to update, 2 unchanged, 0 prune candidates\n"
        + "1 request retried\n");
  }

  @Test
  void a_write_that_fails_on_every_attempt_names_its_attempts_and_the_summary_counts_it_retried() {
    sandbox.close();
    // the first write (requests 2 to 7) fails on all 6 attempts
    sandbox = CortexSandbox.builder().token(TOKEN).failRequests(2, 3, 4, 5, 6, 7).build().start();

    CliRun push = cli().run("push", "flows", "--concurrency", "1");

    assertThat(push.exitCode).as(push.toString()).isEqualTo(3);
    // a backoff longer than a second is one "waiting ..." line before the error
    assertThat(push.err).matches("(waiting [^\n]* \\(backoff\\) before retrying POST /api/v1/workflows [^\n]*\n)*"
        + "error: notify-on-deploy: \\[500\\] POST /api/v1/workflows: Injected failure of request 7"
        + " \\(after 6 attempts over [0-9]+(\\.[0-9])? s\\)\n");
    assertThat(push.out).endsWith("\nApplied: 1 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped,"
        + " 1 failed, 1 request retried\n");
  }
}

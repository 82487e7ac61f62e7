package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** push --prune draft / delete and diff --prune-prefix: what settles, what asks, what warns. */
class PruneCommandTest {

  private static final String TOKEN = "prune-test-token";

  @TempDir
  Path dir;

  private CortexSandbox sandbox;
  private CortexClient client;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build();
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID);
    client.createOrUpdate(Fixtures.VALID.replace("notify-on-deploy", "notify-old"), DescriptorFormat.YAML);
    client.createOrUpdate(Fixtures.VALID.replace("notify-on-deploy", "notify-older"), DescriptorFormat.YAML);
    assertThat(cli().run("push", "-q", "flows").exitCode).isZero();
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

  private long writes() {
    return sandbox.recordedRequests().stream().filter(r -> !r.method().equals("GET")).count();
  }

  @Test
  void a_drafted_workflow_is_settled_push_says_already_drafted_and_diff_exits_0() {
    CliRun first = cli().run("push", "flows", "--prune-prefix", "notify-", "--prune", "draft", "--concurrency", "1");
    long writesAfterFirst = writes();

    CliRun second = cli().run("push", "flows", "--prune-prefix", "notify-", "--prune", "draft");
    CliRun diff = cli().run("diff", "flows", "--prune-prefix", "notify-");

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).endsWith("[1/2] drafted notify-old\n[2/2] drafted notify-older\n"
        + "Applied: 0 created, 0 updated, 1 unchanged, 0 pruned, 2 drafted, 0 skipped, 0 failed\n");
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.out).isEqualTo("""
        - prune-candidate notify-old (already drafted)
        - prune-candidate notify-older (already drafted)
        Plan: 0 to create, 0 to update, 1 unchanged, 2 prune candidates (2 already drafted)
        Applied: 0 created, 0 updated, 1 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed, 2 already drafted
        """);
    assertThat(writes()).as("nothing sent for a settled candidate").isEqualTo(writesAfterFirst);
    assertThat(diff.exitCode).as(diff.toString()).isZero();
  }

  @Test
  void prune_delete_without_a_terminal_and_without_yes_refuses_naming_what_it_would_delete() {
    long writesBefore = writes();

    CliRun run = cli().run("push", "flows", "--prune-prefix", "notify-", "--prune", "delete");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --prune delete would delete 2 workflows (notify-old, notify-older) and"
        + " there is no terminal to confirm on: give --yes to delete them; nothing was changed\n");
    assertThat(writes()).isEqualTo(writesBefore);
    assertThat(liveTags()).containsExactly("notify-old", "notify-older", "notify-on-deploy");
  }

  @Test
  void prune_delete_on_a_terminal_names_each_workflow_and_deletes_only_when_the_answer_is_yes() {
    CliRun declined = cli().interactive().input("n\n")
        .run("push", "flows", "--prune-prefix", "notify-", "--prune", "delete");
    List<String> afterDecline = liveTags();
    CliRun confirmed = cli().interactive().input("y\n")
        .run("push", "flows", "--prune-prefix", "notify-", "--prune", "delete");

    assertThat(declined.exitCode).as(declined.toString()).isEqualTo(1);
    assertThat(declined.err).isEqualTo("""
        --prune delete would delete 2 workflows:
          - notify-old
          - notify-older
        Delete them? [y/N] error: not confirmed; nothing was changed
        """);
    assertThat(afterDecline).containsExactly("notify-old", "notify-older", "notify-on-deploy");
    assertThat(confirmed.exitCode).as(confirmed.toString()).isZero();
    assertThat(liveTags()).containsExactly("notify-on-deploy");
  }

  @Test
  void a_prune_prefix_not_ending_in_a_dash_is_warned_about_in_push_and_diff() {
    CliRun push = cli().run("push", "flows", "--prune-prefix", "notify", "--dry-run");
    CliRun diff = cli().run("diff", "flows", "--prune-prefix", "notify");

    String warning = "warning: --prune-prefix 'notify' does not end in '-', so it also matches e.g."
        + " 'notifytest-1': end it in '-' ('notify-') to match one family of tags only\n";
    assertThat(push.err).isEqualTo(warning);
    assertThat(diff.err).isEqualTo(warning);
    assertThat(cli().run("diff", "flows", "--prune-prefix", "notify-").err).isEmpty();
  }
}

package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.sandbox.CortexSandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pull, run and the failures every server command shares, against an in-process sandbox with a fixed token. */
class ServerCommandsTest {

  private static final String TOKEN = "s3cr3t-t0ken-value";

  static final String ASYNC = """
      name: Wait for CI
      tag: wait-for-ci
      isDraft: false
      filter:
        type: GLOBAL
      variables: []
      isRunnableViaApi: true
      actions:
      - name: Trigger build
        slug: trigger
        schema:
          type: HTTP_REQUEST_ASYNC
          url: https://ci.example.com/build
          httpMethod: POST
          headers: {}
          payload: '{"callback": "{{{callbackUrl}}}"}'
        outgoingActions:
        - notify
        isRootAction: true
      - name: Notify
        slug: notify
        schema:
          type: SLACK
          channel: deploys
          message: built
        outgoingActions: []
        isRootAction: false
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  @TempDir
  Path dir;

  private CortexSandbox sandbox;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    CortexClient client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build();
    client.createOrUpdate(Fixtures.VALID.replace("isDraft: false", "isDraft: false\nisRunnableViaApi: true"),
        DescriptorFormat.YAML);
    client.createOrUpdate(ASYNC, DescriptorFormat.YAML);
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  private CliRun.Builder cli() {
    return CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN);
  }

  @Test
  void pull_writes_every_workflow_as_canonical_yaml() {
    CliRun run = cli().run("pull", "--out", "live");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("""
        [1/2] pulled notify-on-deploy
        [2/2] pulled wait-for-ci
        pulled 2 workflows to live
        """);
    assertThat(Fixtures.read(dir.resolve("live/wait-for-ci.yaml"))).startsWith("name: Wait for CI\ntag: wait-for-ci\n");
    assertThat(CliRun.in(dir).run("fmt", "--check", "live").exitCode).isZero();
  }

  @Test
  void pull_of_selected_tags_redraws_progress_on_a_terminal() {
    CliRun run = cli().interactive().run("pull", "--out", "live", "--tag", "wait-for-ci");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("\r\033[K[1/1] pulled wait-for-ci\npulled 1 workflow to live\n");
    assertThat(dir.resolve("live/notify-on-deploy.yaml")).doesNotExist();
  }

  @Test
  void pull_of_an_unknown_tag_reports_it_and_still_pulls_the_others_with_exit_1() {
    CliRun run = cli().run("pull", "--out", "live", "--tag", "nope", "--tag", "wait-for-ci");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("error: --tag nope: the workspace has no workflow with this tag: not pulled\n");
    assertThat(run.out).isEqualTo("[1/1] pulled wait-for-ci\npulled 1 workflow to live, 1 not found\n");
    assertThat(Fixtures.read(dir.resolve("live/wait-for-ci.yaml"))).startsWith("name: Wait for CI\n");
  }

  @Test
  void pull_reads_the_workspace_with_one_list_request_including_the_blocks() {
    sandbox.clearRecordedRequests();

    CliRun run = cli().run("pull", "--out", "live");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(sandbox.recordedRequests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query())
        .containsExactly("GET /api/v1/workflows?includeActions=true&page=0&pageSize=1000");
    assertThat(Fixtures.read(dir.resolve("live/wait-for-ci.yaml")))
        .isEqualTo(WorkflowYaml.write(WorkflowReader.read(ASYNC, "wait-for-ci.yaml").workflow()));
  }

  @Test
  void pull_counts_the_requests_it_retried_in_its_summary() {
    sandbox.close();
    sandbox = CortexSandbox.builder().token(TOKEN).throttleRequests(1).retryAfterSeconds(0).build().start();

    CliRun run = cli().run("pull", "--out", "live");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("pulled 0 workflows to live, 1 request retried\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void a_rate_limit_that_is_no_positive_whole_number_is_a_usage_error_naming_the_flag() {
    for (String value : new String[] {"0", "-5", "ten", "2.5"}) {
      CliRun run = cli().run("pull", "--out", "live", "--rate-limit", value);

      assertThat(run.exitCode).as(value).isEqualTo(2);
      assertThat(run.err).as(value).isEqualTo("error: --rate-limit " + value + " is not valid: give the most"
          + " requests per minute as a whole number, 1 or more (default: 1000)\n");
    }
  }

  @Test
  void a_rate_limit_is_accepted_by_every_server_command() {
    CliRun run = cli().run("pull", "--out", "live", "--rate-limit", "600");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(cli().run("run", "wait-for-ci", "--rate-limit", "5").exitCode).isZero();
  }

  @Test
  void run_starts_a_run_and_wait_follows_it_to_completion() {
    CliRun start = cli().run("run", "wait-for-ci");
    CliRun waited = cli().run("run", "notify-on-deploy", "--wait", "--poll-interval", "10", "--input", "who=me");

    assertThat(start.exitCode).as(start.toString()).isZero();
    assertThat(start.out).matches("started run \\S+ of 'wait-for-ci'\n");
    assertThat(waited.exitCode).as(waited.toString()).isZero();
    assertThat(waited.out).contains(": COMPLETED\n").endsWith(" of 'notify-on-deploy' ended COMPLETED\n");
  }

  @Test
  void run_wait_gives_up_with_exit_1_when_the_run_stays_paused() {
    CliRun run = cli().run("run", "wait-for-ci", "--wait", "--timeout", "0", "--poll-interval", "10");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("PAUSED (block 'trigger' waits for a callback)");
    assertThat(run.err).matches("error: run '\\S+' of workflow 'wait-for-ci' is still PAUSED after 0 s\n");
  }

  @Test
  void a_rejected_token_exits_3_with_one_line_that_never_shows_the_token() throws IOException {
    Files.writeString(dir.resolve("token"), "wrong-" + TOKEN + "\n");

    CliRun run = CliRun.in(dir).env("CORTEX_API_URL", sandbox.url())
        .run("pull", "--out", "live", "--token-file", "token", "--verbose");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
    assertThat(run.err.lines().filter(line -> line.startsWith("error: ")).findFirst()).get().asString()
        .matches("error: \\[403\\] GET /api/v1/workflows\\?includeActions=true&page=0&pageSize=1000: .*"
            + "\\(the API token lacks a permission, or the feature is off: check CORTEX_API_TOKEN or --token-file\\)")
        .doesNotContain("rejected the API token");
    assertThat(run.out + run.err).doesNotContain(TOKEN);
  }

  @Test
  void every_server_command_refuses_before_any_request_when_no_token_is_set() {
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID);
    long before = sandbox.requestCount();

    for (String[] args : new String[][] {
        {"run", "wait-for-ci"}, {"pull", "--out", "live"}, {"push", "flows"}, {"diff", "flows"}}) {
      CliRun run = CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).run(args);

      assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
      assertThat(run.err).as(String.join(" ", args)).isEqualTo("error: no API token: set CORTEX_API_TOKEN"
          + " (export CORTEX_API_TOKEN=...) or give --token-file FILE; nothing was sent\n");
    }
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }

  @Test
  void the_token_never_appears_in_output_even_with_verbose() {
    for (String[] args : new String[][] {
        {"pull", "--out", "live", "--verbose"},
        {"run", "wait-for-ci", "--verbose"},
        {"run", "no-such-flow", "--verbose"},
        {"pull", "--out", "live", "--tag", "nope", "--verbose"}}) {
      CliRun run = cli().run(args);
      assertThat(run.out + run.err).as(String.join(" ", args)).doesNotContain(TOKEN);
    }
  }

  @Test
  void verbose_names_the_server_and_where_the_token_came_from_but_not_the_token() {
    CliRun run = cli().run("pull", "--out", "live", "--verbose");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEqualTo("server: " + sandbox.url() + " (API token from CORTEX_API_TOKEN)\n");
  }

  @Test
  void an_unreachable_server_exits_3_with_one_line_naming_it_and_the_query_sent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;

    CliRun run = CliRun.in(dir).env("CORTEX_API_TOKEN", TOKEN).run("pull", "--out", "live", "--url", url);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
    assertThat(run.err).isEqualTo("error: GET /api/v1/workflows?includeActions=true&page=0&pageSize=1000: cannot"
        + " connect to '" + url + "': connection refused\n");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void a_missing_token_file_exits_2_naming_it() {
    CliRun run = CliRun.in(dir).run("pull", "--out", "live", "--url", sandbox.url(), "--token-file", "nope.txt");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read token file 'nope.txt': no such file\n");
  }

  @Test
  void an_empty_url_exits_2_instead_of_falling_back_to_the_production_api() {
    CliRun flag = CliRun.in(dir).run("pull", "--out", "live", "--url", "");
    CliRun variable = CliRun.in(dir).env("CORTEX_API_URL", "").run("pull", "--out", "live");

    assertThat(flag.exitCode).isEqualTo(2);
    assertThat(flag.err).isEqualTo("error: --url is empty: give the workspace's API URL, e.g. "
        + "https://api.getcortexapp.com\n");
    assertThat(variable.exitCode).isEqualTo(2);
    assertThat(variable.err).isEqualTo("error: CORTEX_API_URL is set but empty: unset it to use "
        + "https://api.getcortexapp.com, or give the workspace's API URL\n");
  }

  @Test
  void a_malformed_url_exits_2() {
    CliRun run = cli().run("pull", "--out", "live", "--url", "ftp:/nowhere");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: base URL 'ftp:/nowhere' is not valid: use http(s)://host[:port]\n");
  }

  @Test
  void run_rejects_an_input_without_an_equals_sign_before_calling_the_server() {
    CliRun run = CliRun.in(dir).run("run", "wait-for-ci", "--url", "http://127.0.0.1:1", "--input", "who");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("error: --input 'who' is not KEY=VALUE: write it as e.g. --input environment=prod\n");
  }

  @Test
  void run_keeps_every_equals_sign_after_the_first_in_the_value() {
    CliRun run = cli().run("run", "notify-on-deploy", "--input", "query=a=b", "--input", "empty=");

    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  @Test
  void run_rejects_a_poll_interval_of_zero_and_a_negative_timeout() {
    CliRun poll = cli().run("run", "wait-for-ci", "--wait", "--poll-interval", "0");
    CliRun timeout = cli().run("run", "wait-for-ci", "--wait", "--timeout", "-1");

    assertThat(poll.exitCode).isEqualTo(2);
    assertThat(poll.err)
        .isEqualTo("error: --poll-interval 0 is not valid: give a number of milliseconds above 0\n");
    assertThat(timeout.exitCode).isEqualTo(2);
    assertThat(timeout.err).isEqualTo("error: --timeout -1 is not valid: give a number of seconds, 0 or more\n");
  }

  @Test
  void run_of_a_workflow_not_runnable_via_the_api_says_which_flag_to_set() {
    Fixtures.write(dir, "not-runnable.yaml", Fixtures.VALID.replace("notify-on-deploy", "not-runnable"));
    assertThat(cli().run("push", "not-runnable.yaml").exitCode).isZero();

    CliRun run = cli().run("run", "not-runnable");

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).isEqualTo("error: [403] POST /api/v1/workflows/not-runnable/runs: Running a workflow is not"
        + " enabled (check that workflow 'not-runnable' has isRunnableViaApi: true, runnableViaApi() in Java, and that"
        + " the API token may run workflows)\n");
  }

  @Test
  void a_token_file_that_is_a_folder_exits_2_naming_it() throws IOException {
    Files.createDirectories(dir.resolve("tokens"));

    CliRun run = CliRun.in(dir).run("pull", "--out", "live", "--url", sandbox.url(), "--token-file", "tokens");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: token file 'tokens' is a folder: give the file that holds the API token\n");
  }

  @Test
  void pull_rejects_a_tag_that_is_no_file_name_before_calling_the_server() {
    CliRun run = CliRun.in(dir).run("pull", "--out", "live", "--url", "http://127.0.0.1:1", "--tag", "../evil");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("error: --tag '../evil' is no workflow tag: use letters, digits, '.', '_' and '-'\n");
    assertThat(dir.resolve("live")).doesNotExist();
  }
}

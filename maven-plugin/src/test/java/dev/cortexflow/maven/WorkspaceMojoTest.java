package dev.cortexflow.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.maven.fixtures.good.Notify;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMojoTest {

  private static final String TOKEN = "token-of-the-test";

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();
  private CortexSandbox sandbox;

  @BeforeEach
  void start_a_sandbox_and_write_a_descriptor() throws Exception {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    Files.createDirectories(dir.resolve("target/cortexflow"));
    Files.writeString(dir.resolve("target/cortexflow/notify.yaml"), WorkflowYaml.write(new Notify().workflow()));
  }

  @AfterEach
  void stop_the_sandbox() {
    sandbox.close();
  }

  private <M extends WorkspaceMojo> M configure(M mojo, Map<String, String> environment) {
    Projects.configure(mojo, dir, log);
    mojo.environment = environment;
    mojo.descriptorDirectory = dir.resolve("target/cortexflow").toFile();
    return mojo;
  }

  private Map<String, String> environment() {
    return Map.of(WorkspaceMojo.URL_VARIABLE, sandbox.url(), WorkspaceMojo.TOKEN_VARIABLE, TOKEN);
  }

  @Test
  void diff_lists_the_differences_and_fails_on_them_only_when_asked() throws Exception {
    DiffMojo diff = configure(new DiffMojo(), environment());

    diff.execute();
    diff.failOnDifference = true;

    assertThat(log.lines).containsExactly("[INFO] + create notify",
        "[INFO] Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates");
    assertThatThrownBy(diff::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("the workspace differs from target/cortexflow, and failOnDifference is set. "
            + "Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates");
  }

  @Test
  void push_with_the_token_from_the_environment_creates_the_workflow_and_never_logs_the_token() throws Exception {
    configure(new PushMojo(), environment()).execute();

    assertThat(sandbox.workflowCount()).isEqualTo(1);
    assertThat(log.lines).contains("[INFO] [1/1] created notify")
        .endsWith("[INFO] Applied: 1 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed")
        .noneMatch(l -> l.contains(TOKEN));
  }

  @Test
  void push_says_each_longer_wait_and_counts_the_requests_it_retried_in_its_summary() throws Exception {
    sandbox.close();
    // the plan's list (request 1) is throttled with a Retry-After of 2 s; the write (3) fails once (500)
    sandbox = CortexSandbox.builder().token(TOKEN).throttleRequests(1).retryAfterSeconds(2).failRequests(3)
        .build().start();

    configure(new PushMojo(), environment()).execute();

    assertThat(sandbox.workflowCount()).isEqualTo(1);
    assertThat(log.lines).containsExactly("[INFO] waiting 2 s (Retry-After) before retrying GET"
            + " /api/v1/workflows?includeActions=true&page=0&pageSize=1000 (attempt 2 of 6, after status 429)",
        "[INFO] + create notify",
        "[INFO] Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates",
        "[INFO] [1/1] created notify",
        "[INFO] Applied: 1 created, 0 updated, 0 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed,"
            + " 2 requests retried");
  }

  @Test
  void diff_counts_the_requests_it_retried_after_its_plan() throws Exception {
    sandbox.close();
    // the plan's list (request 1) fails once (500), then succeeds
    sandbox = CortexSandbox.builder().token(TOKEN).failRequests(1).build().start();
    DiffMojo diff = configure(new DiffMojo(), environment());
    diff.failOnDifference = true;

    assertThatThrownBy(diff::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("the workspace differs from target/cortexflow, and failOnDifference is set. "
            + "Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates, 1 request retried");
    assertThat(log.lines).containsExactly("[INFO] + create notify",
        "[INFO] Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates, 1 request retried");
  }

  @Test
  void diff_logs_control_characters_from_the_server_visibly_instead_of_sending_them_to_the_terminal()
      throws Exception {
    var local = new Notify().workflow();
    CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build()
        .createOrUpdate(local.toBuilder().name("Notify\u001b]0;owned\u0007\r\u2028\u009b2J").build());

    configure(new DiffMojo(), environment()).execute();

    // the live name is shown as the descriptor's YAML writes it: escaped, never obeyed by the terminal
    assertThat(log.lines).contains("[INFO] -name: \"Notify\\u001B]0;owned\\u0007\\r\\u2028\\u009B2J\"")
        .noneMatch(l -> l.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028))
        .endsWith("[INFO] Plan: 0 to create, 1 to update, 0 unchanged, 0 prune candidates");
  }

  @Test
  void a_token_the_server_rejects_is_a_build_error_saying_where_the_token_came_from() {
    PushMojo push = configure(new PushMojo(), Map.of(WorkspaceMojo.URL_VARIABLE, sandbox.url(),
        WorkspaceMojo.TOKEN_VARIABLE, "wrong-token"));

    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageEndingWith("(the API token lacks a permission, or the feature is off: check CORTEX_API_TOKEN)")
        .message().doesNotContain("wrong-token");
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void the_token_comes_from_the_settings_server_named_by_server_id() throws Exception {
    PushMojo push = configure(new PushMojo(), Map.of(WorkspaceMojo.TOKEN_VARIABLE, "not-this-one"));
    push.url = sandbox.url();
    push.serverId = "cortex";
    push.settings = settingsWith("cortex", TOKEN);
    push.decrypter = request -> result(request.getServers().get(0), List.of());

    push.execute();

    assertThat(sandbox.workflowCount()).isEqualTo(1);
  }

  @Test
  void a_missing_server_is_a_build_error_naming_its_id_and_the_fix() {
    PushMojo push = configure(new PushMojo(), Map.of());
    push.url = sandbox.url();
    push.serverId = "cortex";
    push.settings = new Settings();

    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("no <server> with id 'cortex' in settings.xml: add one with the API token as its <password>, "
            + "or leave cortexflow.serverId unset to use CORTEX_API_TOKEN");
  }

  @Test
  void a_password_that_cannot_be_decrypted_is_a_build_error() {
    PushMojo push = configure(new PushMojo(), Map.of());
    push.url = sandbox.url();
    push.serverId = "cortex";
    push.settings = settingsWith("cortex", "{notEncryptedWithThisMaster=}");
    SettingsProblem problem = new org.apache.maven.settings.building.DefaultSettingsProblem(
        "Failed to decrypt password for server cortex", SettingsProblem.Severity.ERROR, "server: cortex", -1, -1,
        null);
    push.decrypter = request -> result(request.getServers().get(0), List.of(problem));

    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("cannot decrypt the password of server 'cortex' in settings.xml: "
            + "Failed to decrypt password for server cortex");
  }

  @Test
  void a_token_with_a_line_break_is_refused_before_anything_is_sent() {
    PushMojo push = configure(new PushMojo(), Map.of(WorkspaceMojo.URL_VARIABLE, sandbox.url(),
        WorkspaceMojo.TOKEN_VARIABLE, "abc\ndef"));

    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("the API token in CORTEX_API_TOKEN contains a line break or another control character: "
            + "store the token alone");
    assertThat(sandbox.requestCount()).isZero();
  }

  @Test
  void pruning_needs_a_prefix_and_concurrency_a_sane_value() {
    PushMojo push = configure(new PushMojo(), environment());
    push.prune = "delete";
    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("prune delete needs prunePrefix to say which workflows it may touch");
    push.prune = "shred";
    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("prune 'shred' is not valid: use ignore, draft or delete");
    push.prune = "ignore";
    push.concurrency = 0;
    assertThatThrownBy(push::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("concurrency 0 is not valid: use 1 to 16");
  }

  @Test
  void an_empty_url_is_refused_rather_than_falling_back_to_production() {
    DiffMojo diff = configure(new DiffMojo(), environment());
    diff.url = " ";

    assertThatThrownBy(diff::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cortexflow.url is empty: give the workspace's API URL");
  }

  @Test
  void a_url_holding_a_password_is_refused_without_showing_it() {
    DiffMojo diff = configure(new DiffMojo(), environment());
    diff.url = "https://robot:hunter2@api.example.com";

    assertThatThrownBy(diff::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("cortexflow.url holds a user name or password (user:secret@host): give the URL without it, and "
            + "the API token in CORTEX_API_TOKEN or a settings.xml server (cortexflow.serverId)");
  }

  @Test
  void push_writes_nothing_when_a_descriptor_has_an_error() throws Exception {
    Files.writeString(dir.resolve("target/cortexflow/broken.yaml"), WorkflowYaml.write(new Notify().workflow())
        .replace("tag: notify", "tag: broken").replace("outgoingActions: []", "outgoingActions: [nowhere]"));
    PushMojo push = configure(new PushMojo(), environment());

    assertThatThrownBy(push::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error in 2 files; nothing pushed");
    assertThat(log.lines).singleElement().asString()
        .startsWith("[ERROR] target/cortexflow/broken.yaml: ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: ");
    assertThat(sandbox.requestCount()).isZero();
  }

  private static Settings settingsWith(String id, String password) {
    Server server = new Server();
    server.setId(id);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  private static SettingsDecryptionResult result(Server server, List<SettingsProblem> problems) {
    return new SettingsDecryptionResult() {
      @Override
      public Server getServer() {
        return server;
      }

      @Override
      public List<Server> getServers() {
        return List.of(server);
      }

      @Override
      public org.apache.maven.settings.Proxy getProxy() {
        return null;
      }

      @Override
      public List<org.apache.maven.settings.Proxy> getProxies() {
        return List.of();
      }

      @Override
      public List<SettingsProblem> getProblems() {
        return problems;
      }
    };
  }
}

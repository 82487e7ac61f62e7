package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type cortexflow does not know is an ERROR for every command that reads descriptors for a workspace, as it is
 * for the server; {@code --allow-unknown-types} makes it a WARNING and lets the server decide.
 */
class UnknownTypesCommandTest {

  private static final String TOKEN = "unknown-types-token";
  private static final String NEWER = Fixtures.VALID.replace("type: JQ", "type: RUN_WORKFLOW");
  private static final String UNKNOWN_BLOCK = "newer.yaml: %s UNKNOWN_TYPE at /actions/0/schema/type: block 'shape' "
      + "(actions[0]): unknown block type 'RUN_WORKFLOW'; kept as is (known types: HTTP_REQUEST, "
      + "ADVANCED_HTTP_REQUEST, HTTP_REQUEST_ASYNC, SCAFFOLDER, USER_INPUT, JQ, SLACK, MANUAL_APPROVAL, "
      + "CONDITIONAL_BRANCH, GITHUB_CREATE_OR_UPDATE_FILE, MS_TEAMS_SEND_MESSAGE, JAVASCRIPT, SET_VARIABLES, AWS, "
      + "PAGERDUTY_CREATE_INCIDENT, JIRA_CREATE_ISSUE)";
  private static final String FIX = ": check the spelling, or allow unknown types if Cortex added it";

  @TempDir
  Path dir;

  private CortexSandbox sandbox;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    Fixtures.write(dir, "newer.yaml", NEWER);
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  private CliRun.Builder cli() {
    return CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN);
  }

  @Test
  void validate_reports_an_unknown_block_type_as_an_error_and_exits_1() {
    CliRun run = cli().run("validate", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines().toList()).containsExactly(UNKNOWN_BLOCK.formatted("ERROR") + FIX);
    assertThat(run.out.lines().toList()).containsExactly("1 error, 0 warnings in 1 file");
  }

  @Test
  void validate_with_allow_unknown_types_reports_it_once_as_a_warning_and_exits_0() {
    CliRun run = cli().run("validate", "--allow-unknown-types", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err.lines().toList()).containsExactly(UNKNOWN_BLOCK.formatted("WARNING"));
    assertThat(run.out.lines().toList()).containsExactly("0 errors, 1 warning in 1 file");
  }

  @Test
  void push_refuses_an_unknown_block_type_before_any_request() {
    long before = sandbox.requestCount();

    CliRun run = cli().run("push", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines().toList()).containsExactly(UNKNOWN_BLOCK.formatted("ERROR") + FIX,
        "error: 1 error in 1 file; nothing pushed");
    assertThat(run.out).isEmpty();
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }

  @Test
  void push_with_allow_unknown_types_sends_it_and_the_server_decides() {
    CliRun run = cli().run("push", "--allow-unknown-types", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("+ create notify-on-deploy\n");
    assertThat(run.err).contains("error: notify-on-deploy: [400] POST /api/v1/workflows: ")
        .contains("Unknown action type 'RUN_WORKFLOW' in action 'shape'");
    assertThat(sandbox.workflowCount()).isZero();
  }

  @Test
  void diff_does_not_compare_a_file_whose_reading_has_an_error_and_exits_2() {
    CliRun run = cli().run("diff", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("error: cannot compare 'newer.yaml': "
        + UNKNOWN_BLOCK.formatted("ERROR").substring("newer.yaml: ".length()) + FIX
        + "; see them all with 'cortexflow validate newer.yaml'\n");
  }

  @Test
  void diff_with_allow_unknown_types_compares_it() {
    CliRun run = cli().run("diff", "--allow-unknown-types", "newer.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("+ create notify-on-deploy\n"
        + "Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates\n");
  }
}

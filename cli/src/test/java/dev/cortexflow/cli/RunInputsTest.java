package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run: the scope a workflow needs, and inputs typed by its variables. */
class RunInputsTest {

  private static final String TOKEN = "run-inputs-token";

  static final String COUNTER = """
      name: Count up
      tag: count-up
      isDraft: false
      filter:
        type: GLOBAL
      variables:
      - slug: count
        type: NUMBER
      - slug: dry
        type: BOOLEAN
      - slug: names
        type: ARRAY_OF_STRING
      isRunnableViaApi: true
      actions:
      - name: Add
        slug: add
        schema:
          type: JQ
          expression: '{next: (.variables.count + 1), dry: .variables.dry, first: .variables.names[0]}'
        outgoingActions: []
        isRootAction: true
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  @TempDir
  Path dir;

  private CortexSandbox sandbox;
  private CortexClient client;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build();
    client.createOrUpdate(COUNTER, DescriptorFormat.YAML);
    client.createOrUpdate(COUNTER.replace("tag: count-up", "tag: per-service").replace("type: GLOBAL",
        "type: ENTITY"), DescriptorFormat.YAML);
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  private CliRun.Builder cli() {
    return CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN);
  }

  private long runStarts() {
    return sandbox.recordedRequests().stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith("/runs")).count();
  }

  private String runJson(CliRun run, String tag) {
    Matcher id = Pattern.compile("started run (\\S+) of").matcher(run.out);
    assertThat(id.find()).as(run.toString()).isTrue();
    return client.getRun(tag, id.group(1)).json();
  }

  @Test
  void an_entity_workflow_without_entity_is_refused_before_it_starts_naming_the_flag() {
    CliRun run = cli().run("run", "per-service");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: workflow 'per-service' is an ENTITY workflow: give --entity ID (the"
        + " entity's tag or id, e.g. --entity my-service) to say which entity it runs on; nothing was started\n");
    assertThat(runStarts()).isZero();
  }

  @Test
  void inputs_are_typed_by_the_workflows_variables() {
    CliRun run = cli().run("run", "count-up", "--wait", "--poll-interval", "10", "--input", "count=3",
        "--input", "dry=true", "--input", "names=[\"api\", \"web\"]");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(runJson(run, "count-up")).contains("\"next\":4", "\"dry\":true", "\"first\":\"api\"");
  }

  @Test
  void input_json_gives_any_entry_as_json() {
    CliRun run = cli().run("run", "count-up", "--wait", "--poll-interval", "10", "--input-json", "count=41",
        "--input-json", "names=[\"db\"]", "--input-json", "dry=false");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(runJson(run, "count-up")).contains("\"next\":42", "\"dry\":false", "\"first\":\"db\"");
  }

  @Test
  void a_value_that_does_not_fit_the_variable_type_is_a_usage_error_naming_the_input_and_the_type() {
    CliRun number = cli().run("run", "count-up", "--input", "count=three");
    CliRun list = cli().run("run", "count-up", "--input", "names=api");
    CliRun json = cli().run("run", "count-up", "--input-json", "dry=\"yes\"");

    assertThat(number.exitCode).isEqualTo(2);
    assertThat(number.err).isEqualTo("error: --input count=three does not fit variable 'count' of workflow"
        + " 'count-up', which is NUMBER: give a number, e.g. --input count=3\n");
    assertThat(list.exitCode).isEqualTo(2);
    assertThat(list.err).isEqualTo("error: --input names=api does not fit variable 'names' of workflow"
        + " 'count-up', which is ARRAY_OF_STRING: give a JSON array of strings, e.g. --input 'names=[\"a\", \"b\"]'\n");
    assertThat(json.exitCode).isEqualTo(2);
    assertThat(json.err).isEqualTo("error: --input-json dry=\"yes\" does not fit variable 'dry' of workflow"
        + " 'count-up', which is BOOLEAN: give true or false, e.g. --input dry=true\n");
    assertThat(runStarts()).isZero();
  }

  @Test
  void input_json_that_is_not_json_is_refused_before_any_request() {
    long before = sandbox.requestCount();

    CliRun run = cli().run("run", "count-up", "--input-json", "count={3");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: --input-json count={3 is not JSON: ")
        .endsWith(" (quote it for the shell, e.g. --input-json 'count={\"a\": 1}')\n");
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }
}

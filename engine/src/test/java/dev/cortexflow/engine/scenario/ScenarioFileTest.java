package dev.cortexflow.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.model.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a scenario file may hold, what each key becomes, and the one line that refuses a file that is no scenario. */
class ScenarioFileTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, text);
    return file;
  }

  private Scenario read(String text) throws IOException {
    return ScenarioReader.read(write("workflow: workflows/a.yaml\n" + text), "s.yaml");
  }

  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        Arguments.of("- workflow\n", "must be a mapping with 'workflow' and 'expect' (see the README, 'Scenario "
            + "files')"),
        Arguments.of("", "must be a mapping with 'workflow' and 'expect' (see the README, 'Scenario files')"),
        Arguments.of("workflow: a.yaml\nexpects: {}\n", "key 'expects': unknown key; known: approvals, "
            + "defaultAnswers, entity, environment, expect, initialContext, initiatedBy, inputs, responses, secrets, "
            + "workflow, workflowRunId"),
        Arguments.of("workflow: ' '\nexpect: {}\n", "key 'workflow': missing: name the descriptor to run, relative "
            + "to this file"),
        Arguments.of("workflow: [a]\nexpect: {}\n", "key 'workflow': missing: name the descriptor to run, "
            + "relative to this file"),
        Arguments.of("workflow: a.yaml\nexpect: null\n", "key 'expect': missing: say what must happen, e.g. "
            + "expect: {status: COMPLETED}"),
        Arguments.of("workflow: a.yaml\nexpect: []\n", "key 'expect': must be a mapping"),
        Arguments.of("workflow: a.yaml\nenvironment: [prod]\nexpect: {}\n", "key 'environment': must be a text "
            + "value"),
        Arguments.of("workflow: a.yaml\nenvironment: prod-\nexpect: {}\n", "key 'environment': 'prod-' is no "
            + "environment name: use lower-case words joined by hyphens, e.g. staging"),
        Arguments.of("workflow: a.yaml\nentity: tag\nexpect: {}\n", "key 'entity': must be a mapping"),
        Arguments.of("workflow: a.yaml\nsecrets: {token: {a: 1}}\nexpect: {}\n", "key 'secrets.token': must be a "
            + "text value"),
        Arguments.of("workflow: a.yaml\nsecrets: {token: null}\nexpect: {}\n", "key 'secrets.token': must be a "
            + "text value"),
        Arguments.of("workflow: a.yaml\ninputs: {form: 1.2.3}\nexpect: {}\n", "key 'inputs.form': must map input "
            + "keys to values, e.g. {version: 1.2.3}"),
        Arguments.of("workflow: a.yaml\napprovals: {ok: [APPROVED]}\nexpect: {}\n", "key 'approvals.ok': must be "
            + "APPROVED or REJECTED"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: 200}\nexpect: {}\n", "key 'responses.fetch': must be a "
            + "mapping of status, body, headers, callback, outputs or error"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {error: [x]}}\nexpect: {}\n", "key "
            + "'responses.fetch.error': must be a text value"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {outputs: 1}}\nexpect: {}\n", "key "
            + "'responses.fetch.outputs': must be a mapping (the block's outputs)"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {status: 600}}\nexpect: {}\n", "key "
            + "'responses.fetch.status': must be an HTTP status from 100 to 599"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {status: '200'}}\nexpect: {}\n", "key "
            + "'responses.fetch.status': must be an HTTP status from 100 to 599"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {status: 200.0}}\nexpect: {}\n", "key "
            + "'responses.fetch.status': must be an HTTP status from 100 to 599"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {status: 9999999999}}\nexpect: {}\n", "key "
            + "'responses.fetch.status': must be an HTTP status from 100 to 599"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {headers: [a]}}\nexpect: {}\n", "key "
            + "'responses.fetch.headers': must be a mapping"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {callback: SUCCESS}}\nexpect: {}\n", "key "
            + "'responses.fetch.callback': must be a mapping"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {callback: {status: SUCCESS, body: {}}}}\nexpect: {}\n",
            "key 'responses.fetch.callback.body': unknown key; known: message, response, status"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {callback: {response: {}}}}\nexpect: {}\n", "key "
            + "'responses.fetch.callback.status': must be a text value"),
        Arguments.of("workflow: a.yaml\nresponses: {fetch: {callback: {status: FAILURE, message: {}}}}\n"
            + "expect: {}\n", "key 'responses.fetch.callback.message': must be a text value"),
        Arguments.of("workflow: a.yaml\ndefaultAnswers: 'yes'\nexpect: {}\n", "key 'defaultAnswers': must be true "
            + "or false"),
        Arguments.of("workflow: a.yaml\nworkflowRunId: [1]\nexpect: {}\n", "key 'workflowRunId': must be a text "
            + "value"),
        Arguments.of("workflow: a.yaml\nexpect: {ran: []}\n", "key 'expect.ran': unknown key; known: executed, "
            + "failure, notExecuted, outputs, requests, runResponse, status, variables"),
        Arguments.of("workflow: a.yaml\nexpect: {failure: {}}\n", "key 'expect.failure': must be a text value"),
        Arguments.of("workflow: a.yaml\nexpect: {executed: a}\n", "key 'expect.executed': must be a list of block "
            + "slugs"),
        Arguments.of("workflow: a.yaml\nexpect: {notExecuted: [[a]]}\n", "key 'expect.notExecuted': must be a text "
            + "value"),
        Arguments.of("workflow: a.yaml\nexpect: {runResponse: [a]}\n", "key 'expect.runResponse': must be a text "
            + "value"),
        Arguments.of("workflow: a.yaml\nexpect: {variables: [a]}\n", "key 'expect.variables': must be a mapping"),
        Arguments.of("workflow: a.yaml\nexpect: {outputs: 1}\n", "key 'expect.outputs': must be a mapping"),
        Arguments.of("workflow: a.yaml\nexpect: {requests: a}\n", "key 'expect.requests': must be a mapping"),
        Arguments.of("workflow: a.yaml\nworkflow: b.yaml\nexpect: {}\n", "not YAML: Duplicate field 'workflow' for "
            + "`ObjectNode`: not allowed when `DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY` enabled"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("refusedFiles")
  void a_file_that_is_no_scenario_is_refused_in_one_line_naming_the_key(String text, String problem)
      throws IOException {
    Path file = write(text);

    assertThatThrownBy(() -> ScenarioReader.read(file, "s.yaml")).isInstanceOf(ScenarioException.class)
        .hasMessage("s.yaml: " + problem);
  }

  @Test
  void a_file_larger_than_4_mb_is_refused_before_it_is_parsed() throws IOException {
    Path file = write("workflow: a.yaml\nexpect: {}\n#" + "x".repeat(4 * 1024 * 1024));

    assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
        .hasMessage(file + ": larger than 4 MB; a scenario file describes one run");
  }

  @Test
  void a_file_of_exactly_4_mb_is_read() throws IOException {
    String head = "workflow: a.yaml\nexpect: {}\n#";
    Path file = write(head + "x".repeat(4 * 1024 * 1024 - head.length()));

    assertThat(Files.size(file)).isEqualTo(4L * 1024 * 1024);
    assertThat(ScenarioReader.read(file).workflow()).isEqualTo(dir.resolve("a.yaml").toAbsolutePath());
  }

  @Test
  void a_file_that_cannot_be_read_is_refused_naming_it() {
    Path missing = dir.resolve("missing.yaml");

    assertThatThrownBy(() -> ScenarioReader.read(missing)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(missing + ": cannot be read: ");
  }

  @Test
  void the_workflow_is_resolved_against_the_scenario_files_folder() throws IOException {
    Scenario scenario = ScenarioReader.read(write("workflow: ./workflows/../flows/a.yaml\nexpect: {}\n"));

    assertThat(scenario.workflow()).isEqualTo(dir.toAbsolutePath().resolve("flows/a.yaml"));
    assertThat(scenario.name()).isEqualTo(dir.resolve("s.yaml").toString());
    assertThat(scenario.file()).isEqualTo(dir.resolve("s.yaml"));
    assertThat(scenario.environment()).isEmpty();
  }

  @Test
  void the_run_context_keys_become_the_runs_input() throws IOException {
    RunInput input = read("""
        entity: {tag: payments, name: Payments}
        initiatedBy: {email: a@example.com}
        initialContext: {version: "2.4.0", count: 3, ratio: 0.5}
        secrets: {token: s3cret, pin: 1234}
        inputs: {form: {version: 1.2.3, regions: [eu]}}
        approvals: {go: APPROVED, stop: REJECTED}
        defaultAnswers: true
        workflowRunId: run-9
        expect: {}
        """).input();

    assertThat(input.entity()).contains(JsonValue.object("tag", "payments", "name", "Payments"));
    assertThat(input.initiatedBy()).isEqualTo(JsonValue.object("email", "a@example.com"));
    assertThat(input.initialContext()).containsExactly(Map.entry("version", JsonValue.of("2.4.0")),
        Map.entry("count", JsonValue.of(3)), Map.entry("ratio", JsonValue.of(new BigDecimal("0.5"))));
    assertThat(input.secrets()).containsExactly(Map.entry("token", "s3cret"), Map.entry("pin", "1234"));
    assertThat(input.inputs()).containsExactly(Map.entry("form", Map.of("version", JsonValue.of("1.2.3"),
        "regions", JsonValue.from(List.of("eu")))));
    assertThat(input.approvals()).containsExactly(Map.entry("go", true), Map.entry("stop", false));
    assertThat(input.defaultAnswers()).isTrue();
    assertThat(input.workflowRunId()).isEqualTo("run-9");
  }

  @Test
  void without_the_optional_keys_the_input_is_the_default_one() throws IOException {
    Scenario scenario = read("entity: null\ndefaultAnswers: false\nexpect: {}\n");

    assertThat(scenario.input().entity()).isEmpty();
    assertThat(scenario.input().initiatedBy()).isEqualTo(RunInput.DEFAULT_INITIATED_BY);
    assertThat(scenario.input().workflowRunId()).isEqualTo(RunInput.DEFAULT_RUN_ID);
    assertThat(scenario.input().defaultAnswers()).isFalse();
    assertThat(scenario.input().answers()).isEmpty();
    assertThat(scenario.expect()).isEqualTo(new Expectations(java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), List.of(), Map.of(), Map.of(), Map.of(), java.util.Optional.empty()));
  }

  @Test
  void each_kind_of_response_becomes_its_answer() throws IOException {
    Map<String, Answer> answers = read("""
        responses:
          plain: {}
          created: {status: 201, body: {id: 7}, headers: {X-B: 2, X-A: a}}
          lowest: {status: 100}
          highest: {status: 599}
          given: {outputs: {ts: "1"}}
          broken: {error: timeout, status: 200}
          later: {status: 202, callback: {status: FAILURE, message: red, response: {url: u}}}
          quiet: {callback: {status: SUCCESS}}
        expect: {}
        """).input().answers();

    assertThat(answers.get("plain").status()).contains(200);
    assertThat(answers.get("plain").body()).isEmpty();
    assertThat(answers.get("plain").callback()).isEmpty();
    assertThat(answers.get("created").status()).contains(201);
    assertThat(answers.get("created").body()).contains(JsonValue.object("id", 7));
    assertThat(answers.get("created").headers()).isEqualTo(Map.of("X-A", "a", "X-B", "2"));
    assertThat(answers.get("lowest").status()).contains(100);
    assertThat(answers.get("highest").status()).contains(599);
    assertThat(answers.get("given").outputs()).contains(JsonValue.object("ts", "1"));
    assertThat(answers.get("given").status()).isEmpty();
    assertThat(answers.get("broken").error()).contains("timeout");
    assertThat(answers.get("broken").status()).isEmpty();
    assertThat(answers.get("later").status()).contains(202);
    assertThat(answers.get("later").callback()).contains(new Answer.Callback("FAILURE", "red",
        JsonValue.object("url", "u")));
    assertThat(answers.get("quiet").callback()).contains(new Answer.Callback("SUCCESS", "",
        JsonValue.object(Map.of())));
  }

  @Test
  void the_expect_section_becomes_the_expectations_in_the_files_order() throws IOException {
    Expectations expect = read("""
        expect:
          status: PAUSED
          failure: none
          executed: [a, b]
          notExecuted: [c]
          variables: {z: 1, a: x}
          outputs: {b: {n: 2}}
          requests: {a: {url: u}}
          runResponse: ok
        """).expect();

    assertThat(expect).isEqualTo(new Expectations(java.util.Optional.of("PAUSED"), java.util.Optional.of("none"),
        java.util.Optional.of(List.of("a", "b")), List.of("c"),
        Map.of("z", JsonValue.of(1), "a", JsonValue.of("x")), Map.of("b", JsonValue.object("n", 2)),
        Map.of("a", JsonValue.object("url", "u")), java.util.Optional.of("ok")));
    assertThat(expect.variables().keySet()).containsExactly("z", "a");
  }
}

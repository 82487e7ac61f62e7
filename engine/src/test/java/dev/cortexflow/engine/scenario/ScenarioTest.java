package dev.cortexflow.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.engine.RunEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
  private static final ScenarioRunner RUNNER = new ScenarioRunner(RunEngine.create());

  @TempDir
  Path dir;

  @BeforeEach
  void writeWorkflow() throws IOException {
    Files.createDirectories(dir.resolve("workflows"));
    Files.writeString(dir.resolve("workflows/fetch.yaml"), """
        name: Fetch
        tag: fetch
        filter: {type: GLOBAL}
        variables: [{slug: env, type: STRING, defaultValue: staging}]
        runResponseTemplate: "Got {{actions.fetch.outputs.body.id}}"
        actions:
          - slug: fetch
            name: Fetch
            isRootAction: true
            outgoingActions: [notify]
            schema: {type: HTTP_REQUEST, httpMethod: POST, url: "https://x.example.com/{{variables.env}}", headers: {}, payload: '{"env": "{{variables.env}}", "n": 1}'}
          - {slug: notify, name: Notify, outgoingActions: [], schema: {type: SLACK, channel: c, message: "id {{actions.fetch.outputs.body.id}}"}}
        """);
  }

  private Path scenario(String text) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "workflow: workflows/fetch.yaml\n" + text);
    return file;
  }

  @Test
  void aScenarioWhoseExpectationsHoldPasses() throws IOException {
    ScenarioResult result = RUNNER.run(ScenarioReader.read(scenario("""
        initialContext: {env: prod}
        responses:
          fetch: {status: 200, body: {id: 7}}
          notify: {outputs: {}}
        expect:
          status: COMPLETED
          executed: [fetch, notify]
          variables: {env: prod}
          outputs: {fetch: {body: {id: 7.0}, status: 200}}
          requests:
            fetch: {method: POST, url: "https://x.example.com/prod", body: {n: 1, env: prod}}
            notify: {message: id 7}
          runResponse: Got 7
        """)));

    assertThat(result.failures()).isEmpty();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void everyExpectationThatDoesNotHoldIsOneLineWithExpectedAndActual() throws IOException {
    ScenarioResult result = RUNNER.run(ScenarioReader.read(scenario("""
        responses:
          fetch: {status: 200, body: {id: 7}}
        expect:
          status: COMPLETED
          executed: [fetch, notify, done]
          notExecuted: [fetch]
          variables: {env: prod, nope: 1}
          outputs: {fetch: {body: {id: 8}}, notify: {}}
          requests: {fetch: {body: {env: prod}}}
          runResponse: Got 8
        """)));

    assertThat(result.failures()).containsExactly(
        "status: expected COMPLETED but was FAILED (block 'notify' (SLACK): no answer for this integration "
            + "block; add responses: {notify: {outputs: {…}}})",
        "executed: expected [fetch, notify, done] but was [fetch, notify]",
        "notExecuted: 'fetch' ran ([fetch, notify])",
        "at variables.env: expected \"prod\" but was \"staging\"",
        "variables.nope: the workflow declares no such variable",
        "at outputs.fetch.body.id: expected 8 but was 7",
        "at requests.fetch.body.env: expected \"prod\" but was \"staging\"",
        "runResponse: expected \"Got 8\" but was none");
  }

  @Test
  void aBadFileIsOneLineNamingTheFileAndTheKey() throws IOException {
    assertThatThrownBy(() -> ScenarioReader.read(scenario("expect: {status: DONE}\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(dir.resolve("s.yaml") + ": key 'expect.status': must be COMPLETED, FAILED or PAUSED, not 'DONE'");
    assertThatThrownBy(() -> ScenarioReader.read(scenario("approvals: {a: YES}\nexpect: {}\n")))
        .hasMessage(dir.resolve("s.yaml") + ": key 'approvals.a': must be APPROVED or REJECTED");
    assertThatThrownBy(() -> ScenarioReader.read(scenario("responses: {fetch: {staus: 200}}\nexpect: {}\n")))
        .hasMessage(dir.resolve("s.yaml") + ": key 'responses.fetch.staus': unknown key; known: body, callback, "
            + "error, headers, outputs, status");
    assertThatThrownBy(() -> ScenarioReader.read(scenario("responses: {fetch: {status: 99}}\nexpect: {}\n")))
        .hasMessage(dir.resolve("s.yaml") + ": key 'responses.fetch.status': must be an HTTP status from 100 to 599");
    assertThatThrownBy(() -> ScenarioReader.read(scenario("inputs: {}\n")))
        .hasMessage(dir.resolve("s.yaml") + ": key 'expect': missing: say what must happen, e.g. expect: "
            + "{status: COMPLETED}");
    Files.writeString(dir.resolve("t.yaml"), "expect: {}\n");
    assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("t.yaml")))
        .hasMessage(dir.resolve("t.yaml") + ": key 'workflow': missing: name the descriptor to run, relative to "
            + "this file");
    Files.writeString(dir.resolve("u.yaml"), "workflow: [\n");
    assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("u.yaml")))
        .hasMessageStartingWith(dir.resolve("u.yaml") + ": not YAML: ");
  }

  @Test
  void aScenarioNamingAnEnvironmentRunsTheDescriptorRenderedForIt() throws IOException {
    Path production = Files.createDirectories(dir.resolve("out/production")).resolve("fetch.yaml");
    Files.writeString(production, "# Generated by cortexflow from acme.Fetch for environment production. Do not edit"
        + " by hand.\n" + Files.readString(dir.resolve("workflows/fetch.yaml")));
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, """
        workflow: out/production/fetch.yaml
        environment: production
        responses: {fetch: {status: 200, body: {id: 7}}, notify: {outputs: {}}}
        expect: {status: COMPLETED, executed: [fetch, notify]}
        """);

    Scenario scenario = ScenarioReader.read(file);

    assertThat(scenario.environment()).contains("production");
    assertThat(RUNNER.run(scenario).failures()).isEmpty();
  }

  @Test
  void aScenarioNamingAnEnvironmentRefusesADescriptorRenderedForAnotherOrForNone() throws IOException {
    Path staging = Files.createDirectories(dir.resolve("out/staging")).resolve("fetch.yaml");
    Files.writeString(staging, "# Generated by cortexflow from acme.Fetch for environment staging. Do not edit"
        + " by hand.\n" + Files.readString(dir.resolve("workflows/fetch.yaml")));
    Path wrong = dir.resolve("w.yaml");
    Files.writeString(wrong, "workflow: out/staging/fetch.yaml\nenvironment: production\nexpect: {}\n");
    Path none = dir.resolve("n.yaml");
    Files.writeString(none, "workflow: workflows/fetch.yaml\nenvironment: production\nexpect: {}\n");

    assertThatThrownBy(() -> RUNNER.run(ScenarioReader.read(wrong))).isInstanceOf(ScenarioException.class)
        .hasMessage(wrong + ": key 'environment': " + staging + " was rendered for environment 'staging', not"
            + " 'production': point workflow at the rendering for production");
    assertThatThrownBy(() -> RUNNER.run(ScenarioReader.read(none))).isInstanceOf(ScenarioException.class)
        .hasMessage(none + ": key 'environment': " + dir.resolve("workflows/fetch.yaml") + " was rendered for no"
            + " environment: render it with --env production, or remove the environment key");
    assertThatThrownBy(() -> ScenarioReader.read(scenario("environment: Prod\nexpect: {}\n")))
        .hasMessage(dir.resolve("s.yaml") + ": key 'environment': 'Prod' is no environment name: use lower-case"
            + " words joined by hyphens, e.g. staging");
  }

  @Test
  void aMissingDescriptorIsABadFile() throws IOException {
    Path file = dir.resolve("v.yaml");
    Files.writeString(file, "workflow: workflows/nope.yaml\nexpect: {}\n");

    assertThatThrownBy(() -> RUNNER.run(ScenarioReader.read(file)))
        .hasMessage(file + ": key 'workflow': no descriptor at " + dir.resolve("workflows/nope.yaml"));
  }

  @Test
  void foldersExpandToTheirYamlFilesInOrder() throws IOException {
    Files.createDirectories(dir.resolve("scenarios/sub"));
    Files.writeString(dir.resolve("scenarios/b.yaml"), "");
    Files.writeString(dir.resolve("scenarios/sub/a.yml"), "");
    Files.writeString(dir.resolve("scenarios/notes.txt"), "");

    assertThat(ScenarioFiles.expand(List.of(dir.resolve("scenarios"))))
        .containsExactly(dir.resolve("scenarios/b.yaml"), dir.resolve("scenarios/sub/a.yml"));
    assertThatThrownBy(() -> ScenarioFiles.expand(List.of(dir.resolve("nothing"))))
        .hasMessage(dir.resolve("nothing") + ": no such file or folder");
  }
}

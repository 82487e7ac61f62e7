package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

  @TempDir
  Path dir;

  @BeforeEach
  void writeWorkflow() {
    Fixtures.write(dir, "workflows/fetch.yaml", """
        name: Fetch
        tag: fetch
        filter: {type: GLOBAL}
        actions:
          - slug: fetch
            name: Fetch
            isRootAction: true
            outgoingActions: [pick]
            schema: {type: HTTP_REQUEST, httpMethod: GET, url: "https://x.example.com/items", headers: {}}
          - {slug: pick, name: Pick, outgoingActions: [], schema: {type: JQ, expression: '.actions.fetch.outputs.body.items | length'}}
        """);
    Fixtures.write(dir, "scenarios/ok.yaml", """
        workflow: ../workflows/fetch.yaml
        responses: {fetch: {status: 200, body: {items: [1, 2]}}}
        expect: {status: COMPLETED, executed: [fetch, pick], outputs: {pick: {result: 2}}}
        """);
  }

  @Test
  void printsOneLinePerScenarioAndASummaryAndExits0WhenAllPass() {
    CliRun run = CliRun.in(dir).run("test", "scenarios");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("PASS scenarios/ok.yaml\n1 scenario: 1 passed, 0 failed\n");
  }

  @Test
  void printsTheFailuresWithExpectedAgainstActualAndExits1() {
    Fixtures.write(dir, "scenarios/wrong.yaml", """
        workflow: ../workflows/fetch.yaml
        responses: {fetch: {status: 200, body: {items: [1]}}}
        expect: {executed: [fetch], outputs: {pick: {result: 2}}}
        """);

    CliRun run = CliRun.in(dir).run("test", "scenarios");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("""
        PASS scenarios/ok.yaml
        FAIL scenarios/wrong.yaml
          executed: expected [fetch] but was [fetch, pick]
          at outputs.pick.result: expected 2 but was 1
        2 scenarios: 1 passed, 1 failed
        """);
  }

  @Test
  void aBadFileIsOneLineNamingFileAndKeyAndExits2BeforeAnythingRuns() {
    Fixtures.write(dir, "scenarios/bad.yaml", """
        workflow: ../workflows/fetch.yaml
        expect: {status: DONE}
        """);

    CliRun run = CliRun.in(dir).run("test", "scenarios/ok.yaml", "scenarios/bad.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("error: scenarios/bad.yaml: key 'expect.status': must be COMPLETED, FAILED or "
        + "PAUSED, not 'DONE'\n");
  }

  @Test
  void writesJsonOnRequest() {
    CliRun run = CliRun.in(dir).run("test", "scenarios/ok.yaml", "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("""
        {
          "scenarios" : [
            {
              "file" : "scenarios/ok.yaml",
              "passed" : true,
              "status" : "COMPLETED",
              "executed" : [
                "fetch",
                "pick"
              ],
              "failures" : [ ]
            }
          ],
          "passed" : 1,
          "failed" : 0
        }
        """);
  }

  @Test
  void controlCharactersFromTheRunAreEscaped() {
    Fixtures.write(dir, "workflows/fetch.yaml", """
        name: Fetch
        tag: fetch
        filter: {type: GLOBAL}
        actions:
          - {slug: pick, name: Pick, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: '.context.initialContext.text | error(.)'}}
        """);
    Fixtures.write(dir, "scenarios/ok.yaml", """
        workflow: ../workflows/fetch.yaml
        initialContext: {text: "\\e[31mred"}
        expect: {status: COMPLETED}
        """);

    CliRun run = CliRun.in(dir).run("test", "scenarios");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("  status: expected COMPLETED but was FAILED (block 'pick' (JQ): \\u001b[31mred)\n");
    assertThat(run.out).doesNotContain("\u001b");
  }

  @Test
  void aMissingPathExits2() {
    CliRun run = CliRun.in(dir).run("test", "nowhere");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).startsWith("error: ").contains("nowhere: no such file or folder");
  }
}

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

  @Test
  void graphWritesEachScenariosRunAsMermaidWithThePathTakenHighlighted() throws Exception {
    Fixtures.write(dir, "workflows/route.yaml", """
        name: Route
        tag: route
        filter: {type: GLOBAL}
        actions:
          - {slug: fetch, name: Fetch, isRootAction: true, outgoingActions: [pick],
             schema: {type: HTTP_REQUEST, httpMethod: GET, url: "https://x.example.com/items", headers: {}}}
          - slug: pick
            name: Pick
            outgoingActions: [big, small]
            schema:
              type: CONDITIONAL_BRANCH
              branches:
                - {name: Many, slug: many, outgoingAction: big, expression: 'size(actions.fetch.outputs.body.items) > 1'}
              fallbackBranch: {name: Few, slug: few, outgoingAction: small}
              joiningAction: done
          - {slug: big, name: Big, outgoingActions: [done], schema: {type: JQ, expression: '"big"'}}
          - {slug: small, name: Small, outgoingActions: [done], schema: {type: JQ, expression: '"small"'}}
          - {slug: done, name: Done, outgoingActions: [], schema: {type: JQ, expression: '.'}}
        """);
    Fixtures.write(dir, "scenarios/many.yaml", """
        workflow: ../workflows/route.yaml
        responses: {fetch: {status: 200, body: {items: [1, 2]}}}
        expect: {executed: [fetch, pick, big, done]}
        """);
    Fixtures.write(dir, "scenarios/nested/many.yml", """
        workflow: ../../workflows/route.yaml
        responses: {fetch: {status: 200, body: {items: [1]}}}
        expect: {executed: [fetch, pick, small, done]}
        """);

    CliRun run = CliRun.in(dir).run("test", "scenarios", "--graph", "graphs");

    assertThat(run.exitCode).as(run.toString()).isZero();
    try (var files = java.nio.file.Files.list(dir.resolve("graphs"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("many-2.mmd", "many.mmd", "ok.mmd");
    }
    assertThat(java.nio.file.Files.readString(dir.resolve("graphs/many.mmd"))).isEqualTo(MANY);
    assertThat(java.nio.file.Files.readString(dir.resolve("graphs/many-2.mmd")))
        .isEqualTo(MANY.replace("class b0,b1,b2,b4 ran", "class b0,b1,b3,b4 ran").replace("linkStyle 0,1,2,5 ", "linkStyle 0,1,3,6 "));
  }

  private static final String MANY = """
      flowchart TD
        b0("Fetch<br/><small>fetch · HTTP_REQUEST</small>")
        b1{"Pick<br/><small>pick · CONDITIONAL_BRANCH</small>"}
        b2("Big<br/><small>big · JQ</small>")
        b3("Small<br/><small>small · JQ</small>")
        b4("Done<br/><small>done · JQ</small>")
        start((start)) --> b0
        b0 --> b1
        b1 -->|"Many"| b2
        b1 -->|"Few (otherwise)"| b3
        b1 -.->|join| b4
        b2 --> b4
        b3 --> b4
        classDef ran fill:#d4f7d4,stroke:#2e7d32,stroke-width:2px
        class b0,b1,b2,b4 ran
        linkStyle 0,1,2,5 stroke:#2e7d32,stroke-width:3px
      """;
}

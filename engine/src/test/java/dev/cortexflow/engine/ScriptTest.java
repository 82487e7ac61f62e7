package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTest {
  private static final RunEngine engine = RunEngine.create();

  private static Workflow script(String script) {
    return Workflows.global("  - {slug: names, type: ARRAY_OF_STRING, defaultValue: [b, a]}", """
          - slug: build
            name: Build
            isRootAction: true
            outgoingActions: []
            schema:
              type: JAVASCRIPT
              script: |
        %s
        """.formatted(script.indent(8).stripTrailing()));
  }

  @Test
  void theReturnedObjectsKeysBecomeTheBlocksOutputs() {
    RunResult result = engine.run(script("""
        const sorted = [...variables.names].sort();
        const label = `${sorted.join("+")} for ${context.initiatedBy.email}`;
        return { label, count: sorted.length, first: sorted.at(0) ?? "none", env: context.entity?.tag ?? "global" };
        """), RunInput.empty());

    assertThat(result.failure()).isEmpty();
    assertThat(result.block("build").orElseThrow().outputs()).isEqualTo(JsonValue.object(
        "label", "a+b for runner@example.com", "count", 2, "first", "a", "env", "global"));
  }

  @Test
  void aScriptThatThrowsFailsTheBlockWithItsMessageAndLine() {
    RunResult result = engine.run(script("""
        const first = variables.names[0];
        throw new Error("no owner for " + first);
        """), RunInput.empty());

    assertThat(result.failure()).contains("block 'build' (JAVASCRIPT): script fails at line 2: Error: no owner for b");
  }

  @Test
  void aScriptThatReadsAMissingPropertyFailsTheBlock() {
    RunResult result = engine.run(script("return { owner: actions.lookup.outputs.owner };"), RunInput.empty());

    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("block 'build' (JAVASCRIPT): script fails at line 1: TypeError: "));
  }

  @Test
  void aScriptThatReturnsAnythingButAnObjectFailsTheBlock() {
    RunResult result = engine.run(script("return [1, 2];"), RunInput.empty());

    assertThat(result.failure()).contains("block 'build' (JAVASCRIPT): the script returns [1,2], not an object; "
        + "return { key: value } to set outputs.key");
  }

  @Test
  void syntaxRhinoDoesNotRunFailsTheBlockSayingSo() {
    RunResult result = engine.run(script("class A {}\nreturn {};"), RunInput.empty());

    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("block 'build' (JAVASCRIPT): script does not compile at line 1: ")
        .endsWith("(Rhino runs ECMAScript 2015+ without classes, async/await or object rest; see the README)"));
  }

  @Test
  void aScriptThatNeverEndsIsStopped() {
    RunResult result = engine.run(script("while (true) {}"), RunInput.empty());

    assertThat(result.failure()).contains(
        "block 'build' (JAVASCRIPT): script stopped after 5000000 instructions (a loop that never ends?)");
  }

  @Test
  void scriptsSeeNoJavaClasses() {
    RunResult result = engine.run(script("return { p: typeof java, q: typeof Packages };"), RunInput.empty());

    assertThat(result.block("build").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("p", "undefined", "q", "undefined"));
  }

  @Test
  void setVariablesTakesReferencesAndJavaScriptSources() {
    Workflow wf = Workflows.global("""
          - {slug: owner, type: STRING}
          - {slug: repos, type: ARRAY_OF_STRING}
          - {slug: missing, type: STRING, defaultValue: x}
        """, """
          - slug: parse
            name: Parse
            isRootAction: true
            outgoingActions: [set]
            schema: {type: JQ, expression: '{owner: "acme", repos: ["a", "b"]}'}
          - slug: set
            name: Set
            outgoingActions: []
            schema:
              type: SET_VARIABLES
              variables:
                - {slug: owner, source: {type: REFERENCE, path: actions.parse.outputs.result.owner}}
                - {slug: repos, source: {type: JAVASCRIPT, script: 'return actions.parse.outputs.result.repos.map(r => variables.owner + "/" + r);'}}
                - {slug: missing, source: {type: REFERENCE, path: actions.parse.outputs.result.nothing}}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.failure()).isEmpty();
    assertThat(result.variables()).containsEntry("owner", JsonValue.of("acme"))
        .containsEntry("repos", JsonValue.from(List.of("acme/a", "acme/b")))
        .containsEntry("missing", JsonValue.NULL);
  }

  @Test
  void jsValidatorScriptRejectsInputsWithItsMessage() {
    Workflow wf = Workflows.global("  []", """
          - slug: form
            name: Form
            isRootAction: true
            outgoingActions: []
            schema:
              type: USER_INPUT
              inputs:
                - {type: SELECT_FIELD, key: tier, name: Tier, required: true, options: [tier-1, tier-2], allowAdditionalOptions: false}
                - {type: MULTISELECT_FIELD, key: environments, name: Envs, required: false, options: [dev, prod], allowAdditionalOptions: false, defaultValue: [dev]}
              inputOverrides: []
              jsValidatorScript: |
                if (inputs.tier === "tier-1" && !inputs.environments.includes("prod")) {
                  return "Tier-1 services must run in prod";
                }
                return true;
        """);

    RunResult rejected = engine.run(wf, RunInput.builder().input("form", "tier", "tier-1").build());
    assertThat(rejected.failure()).contains(
        "block 'form' (USER_INPUT): jsValidatorScript rejects the inputs: Tier-1 services must run in prod");
    RunResult accepted = engine.run(wf, RunInput.builder().input("form", "tier", "tier-1")
        .input("form", "environments", List.of("dev", "prod")).build());
    assertThat(accepted.block("form").orElseThrow().outputs())
        .isEqualTo(JsonValue.from(Map.of("tier", "tier-1", "environments", List.of("dev", "prod"))));
  }
}

package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import org.junit.jupiter.api.Test;

class BranchTest {
  private static final RunEngine engine = RunEngine.create();

  private static Workflow route(String firstCondition, String secondCondition, boolean fallback) {
    return Workflows.global("""
          - {slug: replicas, type: NUMBER, defaultValue: 3}
          - {slug: environment, type: STRING, defaultValue: staging}
          - {slug: regions, type: ARRAY_OF_STRING, defaultValue: [eu, us]}
        """, """
          - slug: route
            name: Route
            isRootAction: true
            outgoingActions: [big, small%s]
            schema:
              type: CONDITIONAL_BRANCH
              branches:
                - {name: Big, slug: big-path, type: CONDITIONAL, outgoingAction: big, expression: '%s'}
                - {name: Small, slug: small-path, type: CONDITIONAL, outgoingAction: small, expression: '%s'}
              %s
              joiningAction: join
          - {slug: big, name: Big, outgoingActions: [join], schema: {type: JQ, expression: '"big"'}}
          - {slug: small, name: Small, outgoingActions: [join], schema: {type: JQ, expression: '"small"'}}
          - {slug: other, name: Other, outgoingActions: [join], schema: {type: JQ, expression: '"other"'}}
          - {slug: join, name: Join, outgoingActions: [], schema: {type: JQ, expression: '.'}}
        """.formatted(fallback ? ", other" : "", firstCondition, secondCondition,
        fallback ? "fallbackBranch: {name: Other, slug: other-path, type: FALLBACK, outgoingAction: other}" : ""));
  }

  @Test
  void takesTheFirstPathWhoseConditionIsTrueAndContinuesAtTheJoin() {
    RunResult result = engine.run(route("variables.replicas >= 3", "true", true), RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.executed()).containsExactly("route", "big", "join");
    assertThat(result.block("route").orElseThrow().outputs()).isEqualTo(JsonValue.object("branch", "big-path"));
  }

  @Test
  void conditionsUseComparisonsFunctionsMembershipAndBracketAccess() {
    RunResult result = engine.run(route("variables.replicas < 3",
        "size(variables[\"regions\"]) == 2 && \"eu\" in variables.regions && variables[\"environment\"].startsWith(\"sta\")",
        true), RunInput.empty());

    assertThat(result.failure()).isEmpty();
    assertThat(result.executed()).containsExactly("route", "small", "join");
  }

  @Test
  void takesTheFallbackWhenNoConditionIsTrue() {
    RunResult result = engine.run(route("false", "variables.environment == \"prod\"", true),
        RunInput.builder().build());

    assertThat(result.executed()).containsExactly("route", "other", "join");
  }

  @Test
  void endsThePathWhenNoConditionIsTrueAndThereIsNoFallback() {
    RunResult result = engine.run(route("false", "false", false), RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.executed()).containsExactly("route");
  }

  @Test
  void numbersCompareAcrossIntegersAndDecimals() {
    RunResult result = engine.run(route("variables.replicas == 3.0 && variables.replicas > 2.5", "true", false),
        RunInput.empty());

    assertThat(result.executed()).containsExactly("route", "big", "join");
  }

  @Test
  void aConditionThatFailsFailsTheRunNamingTheBranchAndPath() {
    RunResult result = engine.run(route("variables[\"no-such\"] == 1", "true", false), RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith(
        "block 'route' (CONDITIONAL_BRANCH): path 'big-path': CEL expression 'variables[\"no-such\"] == 1' fails: "));
  }

  @Test
  void aConditionThatDoesNotCompileFailsTheRun() {
    RunResult result = engine.run(route("variables.replicas >", "true", false), RunInput.empty());

    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith(
        "block 'route' (CONDITIONAL_BRANCH): path 'big-path': CEL expression 'variables.replicas >' does not compile: "));
  }

  @Test
  void aConditionThatIsNotBooleanFailsTheRun() {
    RunResult result = engine.run(route("variables.replicas", "true", false), RunInput.empty());

    assertThat(result.failure()).contains("block 'route' (CONDITIONAL_BRANCH): path 'big-path': CEL expression "
        + "'variables.replicas' gives 3, not a boolean");
  }

  @Test
  void conditionsReadBlockOutputsWithBracketAccess() {
    Workflow wf = Workflows.global("  []", """
          - slug: ask
            name: Ask
            isRootAction: true
            outgoingActions: [route]
            schema:
              type: USER_INPUT
              inputs: [{type: TOGGLE_FIELD, key: publish, name: Publish, required: false}]
              inputOverrides: []
          - slug: route
            name: Route
            outgoingActions: [yes]
            schema:
              type: CONDITIONAL_BRANCH
              branches:
                - {name: Yes, slug: yes-path, outgoingAction: yes, expression: 'actions["ask"].outputs.publish == true'}
          - {slug: yes, name: Yes, outgoingActions: [], schema: {type: JQ, expression: '.'}}
        """);

    assertThat(engine.run(wf, RunInput.builder().input("ask", "publish", true).build()).executed())
        .containsExactly("ask", "route", "yes");
    assertThat(engine.run(wf, RunInput.builder().input("ask", "publish", false).build()).executed())
        .containsExactly("ask", "route");
  }

  @Test
  void eachConditionIsCompiledOncePerEngine() {
    RunEngine fresh = RunEngine.create();
    RunnableWorkflow workflow = fresh.prepare(route("variables.replicas < 3", "variables.replicas >= 3", false));
    workflow.run(RunInput.empty());
    int afterFirst = fresh.compiledExpressions();
    for (int i = 0; i < 5; i++) {
      workflow.run(RunInput.builder().initialContext("replicas", i).build());
    }
    fresh.run(route("variables.replicas < 3", "variables.replicas >= 3", false), RunInput.empty());

    assertThat(afterFirst).isEqualTo(4); // two conditions, jq "big" and "."
    assertThat(fresh.compiledExpressions()).isEqualTo(5); // and jq "small" once
  }
}

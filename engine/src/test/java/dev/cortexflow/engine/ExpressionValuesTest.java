package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How values of the run state reach each expression language (the CEL type of each JSON value, what jq gives for
 * no or several results, what a script sees), and that an expression that does not compile fails the block on a
 * fresh engine too.
 */
class ExpressionValuesTest {
  private static final RunEngine engine = RunEngine.create();

  /** A jq block {@code calc} computing {@code program}, then a branch taking path {@code yes} when {@code condition}. */
  private static Workflow calcThenBranch(String program, String condition) {
    return Workflows.global("  - {slug: v, type: STRING}\n  - {slug: n, type: NUMBER}", """
          - slug: calc
            name: Calc
            isRootAction: true
            outgoingActions: [route]
            schema: {type: JQ, expression: '%s'}
          - slug: route
            name: Route
            outgoingActions: [yes]
            schema:
              type: CONDITIONAL_BRANCH
              branches:
                - {name: Yes, slug: yes-path, type: CONDITIONAL, outgoingAction: yes, expression: '%s'}
          - {slug: yes, name: Yes, outgoingActions: [], schema: {type: JQ, expression: '1'}}
        """.formatted(program, condition));
  }

  private static boolean taken(String program, String condition, RunInput input) {
    RunResult result = engine.run(calcThenBranch(program, condition), input);
    assertThat(result.failure()).isEmpty();
    return result.executed().contains("yes");
  }

  private static boolean taken(String program, String condition) {
    return taken(program, condition, RunInput.empty());
  }

  @Test
  void cel_sees_each_json_value_as_its_own_type() {
    String x = "actions.calc.outputs.result";
    assertThat(taken("\"text\"", "type(" + x + ") == string")).isTrue();
    assertThat(taken("true", "type(" + x + ") == bool")).isTrue();
    assertThat(taken("3", "type(" + x + ") == int && " + x + " == 3")).isTrue();
    assertThat(taken("2.5", "type(" + x + ") == double && " + x + " > 2.4")).isTrue();
    assertThat(taken("3.0", "type(" + x + ") == int && " + x + " == 3")).isTrue();
    assertThat(taken("1e30", "type(" + x + ") == double && " + x + " > 9.0e29")).isTrue();
    assertThat(taken("null", x + " == null")).isTrue();
    assertThat(taken("[1, \"a\"]", "type(" + x + ") == list && " + x + "[1] == \"a\"")).isTrue();
    assertThat(taken("{\"k\": {\"j\": 1}}", "type(" + x + ") == map && " + x + ".k.j == 1")).isTrue();
  }

  @Test
  void cel_sees_a_variable_without_a_value_as_null_and_an_integer_beyond_64_bits_as_a_double() {
    assertThat(taken("1", "variables.v == null")).isTrue();
    assertThat(taken("1", "type(variables.n) == double && variables.n > 9.0e19",
        RunInput.builder().initialContext("n", new BigInteger("100000000000000000000")).build())).isTrue();
    assertThat(taken("1", "type(variables.n) == double && variables.n == 0.25",
        RunInput.builder().initialContext("n", new BigDecimal("0.25")).build())).isTrue();
    assertThat(taken("1", "type(variables.n) == int && variables.n == 2",
        RunInput.builder().initialContext("n", new BigDecimal("2.00")).build())).isTrue();
  }

  @Test
  void jq_gives_null_for_no_result_and_a_list_for_several() {
    RunResult none = engine.run(calcThenBranch("empty", "true"), RunInput.empty());
    RunResult several = engine.run(calcThenBranch("1, 2, \"x\"", "true"), RunInput.empty());

    assertThat(none.block("calc").orElseThrow().outputs()).isEqualTo(JsonValue.object("result", JsonValue.NULL));
    assertThat(several.block("calc").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("result", List.of(1, 2, "x")));
  }

  @Test
  void a_jq_error_with_a_value_other_than_text_fails_with_that_value_as_json() {
    RunResult result = engine.run(calcThenBranch("error({\"code\": 7})", "true"), RunInput.empty());

    assertThat(result.failure()).contains("block 'calc' (JQ): {\"code\":7}");
  }

  @Test
  void integer_valued_numbers_of_the_input_are_integers_in_templates_and_jq() {
    Workflow wf = Workflows.global("  - {slug: n, type: NUMBER}\n  - {slug: m, type: NUMBER}", """
          - {slug: calc, name: Calc, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: '[.variables.n, .variables.m, .context.initialContext.big]'}}
        """);

    RunResult result = engine.run(wf, RunInput.builder().initialContext("n", new BigDecimal("4.000"))
        .initialContext("m", new BigDecimal("1.50")).initialContext("big", new BigDecimal("1E+20")).build());

    assertThat(result.block("calc").orElseThrow().outputs()).isEqualTo(JsonValue.object("result",
        List.of(4, new BigDecimal("1.50"), new BigInteger("100000000000000000000"))));
  }

  @Test
  void a_script_outside_a_form_sees_no_inputs_and_runs_modern_syntax() {
    Workflow wf = Workflows.global("  []", """
          - slug: js
            name: Js
            isRootAction: true
            outgoingActions: []
            schema: {type: JAVASCRIPT, script: 'return {inputs: typeof inputs, doubled: [1, 2].map(x => x * 2), text: `n=${1 + 1}`};'}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.failure()).isEmpty();
    assertThat(result.block("js").orElseThrow().outputs())
        .isEqualTo(JsonValue.object("inputs", "undefined", "doubled", List.of(2, 4), "text", "n=2"));
  }

  @Test
  void a_script_that_runs_long_but_within_the_instruction_limit_finishes() {
    Workflow wf = Workflows.global("  []", """
          - slug: js
            name: Js
            isRootAction: true
            outgoingActions: []
            schema: {type: JAVASCRIPT, script: 'var n = 0; for (var i = 0; i < 100000; i++) { n += i % 3; } return {n: n};'}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.failure()).isEmpty();
    assertThat(result.block("js").orElseThrow().outputs()).isEqualTo(JsonValue.object("n", 99999));
  }

  @Test
  void an_expression_that_does_not_compile_fails_its_block_on_a_fresh_engine() {
    Workflow jq = Workflows.global("  []", """
          - {slug: a, name: A, isRootAction: true, outgoingActions: [], schema: {type: JQ, expression: '.a |'}}
        """);
    Workflow cel = calcThenBranch("1", "variables.(");
    Workflow js = Workflows.global("  []", """
          - {slug: a, name: A, isRootAction: true, outgoingActions: [], schema: {type: JAVASCRIPT, script: 'return {;'}}
        """);
    Workflow mustache = Workflows.global("  []", """
          - {slug: a, name: A, isRootAction: true, outgoingActions: [], schema: {type: SLACK, channel: c, message: '{{#a}}'}}
        """);

    assertThat(RunEngine.create().run(jq, RunInput.empty()).failure())
        .hasValueSatisfying(f -> assertThat(f).startsWith("block 'a' (JQ): jq expression does not compile: "));
    assertThat(RunEngine.create().run(cel, RunInput.empty()).failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("block 'route' (CONDITIONAL_BRANCH): path 'yes-path': CEL expression 'variables.(' does not "
            + "compile: "));
    assertThat(RunEngine.create().run(js, RunInput.empty()).failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("block 'a' (JAVASCRIPT): script does not compile at line ")
        .endsWith(" (Rhino runs ECMAScript 2015+ without classes, async/await or object rest; see the README)"));
    assertThat(RunEngine.create().run(mustache, RunInput.builder().defaultAnswers(true).build()).failure())
        .hasValueSatisfying(f -> assertThat(f).startsWith("block 'a' (SLACK): template does not parse: "));
  }

  @Test
  void an_engine_counts_each_distinct_expression_of_every_language_once() {
    RunEngine fresh = RunEngine.create();
    Workflow wf = Workflows.global("  []", """
          - {slug: a, name: A, isRootAction: true, outgoingActions: [b], schema: {type: JQ, expression: '1'}}
          - {slug: b, name: B, outgoingActions: [c], schema: {type: JAVASCRIPT, script: 'return {};'}}
          - slug: c
            name: C
            outgoingActions: [d]
            schema:
              type: CONDITIONAL_BRANCH
              branches: [{name: P, slug: p, type: CONDITIONAL, outgoingAction: d, expression: 'true'}]
          - {slug: d, name: D, outgoingActions: [], schema: {type: SLACK, channel: '#c', message: 'm {{variables}}'}}
        """);

    fresh.run(wf, RunInput.builder().defaultAnswers(true).build());
    int once = fresh.compiledExpressions();
    fresh.run(wf, RunInput.builder().defaultAnswers(true).build());

    assertThat(once).isEqualTo(4); // jq, script, condition, and the one template of d (text without {{ is none)
    assertThat(fresh.compiledExpressions()).isEqualTo(4);
    assertThat(fresh.prepare(wf).workflow()).isSameAs(wf);
  }

  @Test
  void a_template_section_over_texts_renders_each_text() {
    Workflow wf = Workflows.global("  - {slug: tags, type: ARRAY_OF_STRING, defaultValue: [a, b]}", """
          - {slug: d, name: D, isRootAction: true, outgoingActions: [], schema: {type: SLACK, channel: c, message: '{{#variables.tags}}<{{.}}>{{/variables.tags}}'}}
        """);

    RunResult result = engine.run(wf, RunInput.builder().answer("d", Answer.outputs(Map.of())).build());

    assertThat(result.request("d").orElseThrow().field("message")).isEqualTo(JsonValue.of("<a><b>"));
  }
}

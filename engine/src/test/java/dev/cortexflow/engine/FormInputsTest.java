package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a form (USER_INPUT) accepts in a local run: each field type's own check on an entered value, the options an
 * OPTION override or allowAdditionalOptions opens, and entered keys that are no field of the form; and what a
 * SET_VARIABLES block and a SCAFFOLDER block make of their sources and answers.
 */
class FormInputsTest {
  private static final RunEngine engine = RunEngine.create();

  private static final Workflow FORM = Workflows.global("  - {slug: regions, type: ARRAY_OF_STRING}", """
        - slug: seed
          name: Seed
          isRootAction: true
          outgoingActions: [form]
          schema: {type: JQ, expression: '["eu", "us"]'}
        - slug: form
          name: Form
          outgoingActions: []
          schema:
            type: USER_INPUT
            inputs:
              - {type: NUMBER_FIELD, key: replicas, name: Replicas, required: false, min: 1, max: 5}
              - {type: SELECT_FIELD, key: size, name: Size, required: false, options: [s, m], allowAdditionalOptions: false}
              - {type: MULTISELECT_FIELD, key: zones, name: Zones, required: false, options: [a, b], allowAdditionalOptions: false}
              - {type: SELECT_FIELD, key: region, name: Region, required: false, options: [], allowAdditionalOptions: false}
              - {type: SELECT_FIELD, key: team, name: Team, required: false, options: [core], allowAdditionalOptions: true}
              - {type: INPUT_FIELD, key: note, name: Note, required: false}
            inputOverrides:
              - {type: OPTION, inputKey: region, outputVariable: actions.seed.outputs.result}
      """);

  static Stream<Arguments> refusedValues() {
    return Stream.of(
        Arguments.of("replicas", 0, "input 'replicas': 0 is below min 1"),
        Arguments.of("replicas", 6, "input 'replicas': 6 is above max 5"),
        Arguments.of("size", "xl", "input 'size': 'xl' is none of the options [\"s\",\"m\"]"),
        Arguments.of("zones", List.of("a", "c"), "input 'zones': 'c' is none of the options [\"a\",\"b\"]"),
        Arguments.of("colour", "red", "inputs name 'colour', which is no input of this block (inputs: replicas, "
            + "size, zones, region, team, note)"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("refusedValues")
  void a_value_the_field_does_not_accept_fails_the_form_naming_the_field(String key, Object value, String why) {
    RunResult result = engine.run(FORM, RunInput.builder().input("form", key, value).build());

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).contains("block 'form' (USER_INPUT): " + why);
  }

  static Stream<Arguments> acceptedValues() {
    return Stream.of(
        Arguments.of("replicas", 1), Arguments.of("replicas", 5), Arguments.of("replicas", 3),
        Arguments.of("size", "m"), Arguments.of("zones", List.of("b", "a")),
        Arguments.of("region", "anywhere"), // an OPTION override fills the options at run time
        Arguments.of("team", "someone-else")); // allowAdditionalOptions
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("acceptedValues")
  void a_value_the_field_accepts_is_in_the_outputs_and_the_empty_fields_are_null(String key, Object value) {
    RunResult result = engine.run(FORM, RunInput.builder().input("form", key, value).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    JsonValue outputs = result.block("form").orElseThrow().outputs();
    assertThat(outputs).isInstanceOfSatisfying(JsonValue.JsonObject.class, o -> assertThat(o.members())
        .containsOnlyKeys("replicas", "size", "zones", "region", "team", "note")
        .containsEntry(key, JsonValue.from(value))
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(k.equals(key) ? JsonValue.from(value) : JsonValue.NULL)));
  }

  @Test
  void a_validator_that_returns_false_or_throws_fails_the_form() {
    Workflow wf = Workflows.global("  []", """
          - slug: form
            name: Form
            isRootAction: true
            outgoingActions: []
            schema:
              type: USER_INPUT
              inputs:
                - {type: INPUT_FIELD, key: name, name: Name, required: true}
              inputOverrides: []
              jsValidatorScript: 'if (inputs.name === "boom") { throw new Error("no"); } return inputs.name !== "x";'
        """);

    assertThat(engine.run(wf, RunInput.builder().input("form", "name", "x").build()).failure())
        .contains("block 'form' (USER_INPUT): jsValidatorScript rejects the inputs");
    assertThat(engine.run(wf, RunInput.builder().input("form", "name", "boom").build()).failure())
        .hasValueSatisfying(f -> assertThat(f).startsWith("block 'form' (USER_INPUT): jsValidatorScript: "));
    assertThat(engine.run(wf, RunInput.builder().input("form", "name", "y").build()).status())
        .isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void a_variable_source_that_cannot_run_locally_or_a_failing_script_fails_the_block_naming_the_variable() {
    Workflow wf = Workflows.global("  - {slug: a, type: STRING}\n  - {slug: b, type: STRING}", """
          - slug: set
            name: Set
            isRootAction: true
            outgoingActions: []
            schema:
              type: SET_VARIABLES
              variables:
                - {slug: a, source: {type: JAVASCRIPT, script: 'return null;'}}
                - {slug: b, source: {type: JAVASCRIPT, script: 'throw new Error("nope");'}}
        """);
    Workflow later = Workflows.global("  - {slug: a, type: STRING}", """
          - slug: set
            name: Set
            isRootAction: true
            outgoingActions: []
            schema:
              type: SET_VARIABLES
              variables:
                - {slug: a, source: {type: LATER, anything: 1}}
        """);

    RunResult failed = engine.run(wf, RunInput.empty());
    assertThat(failed.failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("block 'set' (SET_VARIABLES): variable 'b': "));
    assertThat(engine.run(later, RunInput.empty()).failure()).contains("block 'set' (SET_VARIABLES): variable 'a': "
        + "source type 'LATER' cannot run locally (REFERENCE and JAVASCRIPT can)");
  }

  @Test
  void a_script_that_returns_nothing_sets_the_variable_to_null() {
    Workflow wf = Workflows.global("  - {slug: a, type: STRING, defaultValue: before}", """
          - slug: set
            name: Set
            isRootAction: true
            outgoingActions: []
            schema:
              type: SET_VARIABLES
              variables:
                - {slug: a, source: {type: JAVASCRIPT, script: 'return null;'}}
        """);

    RunResult result = engine.run(wf, RunInput.empty());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.variables()).containsEntry("a", JsonValue.NULL);
  }

  @Test
  void a_scaffolder_block_outputs_its_overrides_inputs_and_answer_and_fails_with_an_error_answer() {
    Workflow wf = Workflows.global("  - {slug: owner, type: STRING, defaultValue: team-a}", """
          - slug: make
            name: Make
            isRootAction: true
            outgoingActions: []
            schema:
              type: SCAFFOLDER
              scaffolderTemplateId: service
              inputOverrides:
                - {type: VALUE, inputKey: owner, outputVariable: variables.owner, editable: false}
                - {type: VALUE, inputKey: unset, outputVariable: variables.nothing, editable: false}
        """);

    RunResult made = engine.run(wf, RunInput.builder().input("make", "name", "svc")
        .answer("make", Answer.outputs(Map.of("repository", "org/svc"))).build());
    assertThat(made.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(made.block("make").orElseThrow().outputs()).isEqualTo(JsonValue.object("owner", "team-a", "name",
        "svc", "repository", "org/svc"));
    assertThat(made.request("make").orElseThrow().fields()).isInstanceOfSatisfying(JsonValue.JsonObject.class,
        f -> assertThat(f.members()).containsEntry("scaffolderTemplateId", JsonValue.of("service")));

    RunResult failed = engine.run(wf, RunInput.builder().answer("make", Answer.error("template not found")).build());
    assertThat(failed.failure()).contains("block 'make' (SCAFFOLDER): template not found");
  }

  @Test
  void the_outputs_follow_the_forms_field_order_and_an_empty_optional_value_is_kept_as_entered() {
    RunResult result = engine.run(FORM, RunInput.builder().input("form", "note", "").input("form", "zones", List.of())
        .input("form", "replicas", 2).build());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    JsonValue.JsonObject outputs = (JsonValue.JsonObject) result.block("form").orElseThrow().outputs();
    assertThat(outputs.members().keySet()).containsExactly("replicas", "size", "zones", "region", "team", "note");
    assertThat(outputs.members()).containsEntry("note", JsonValue.of("")).containsEntry("zones",
        JsonValue.from(List.of())).containsEntry("size", JsonValue.NULL);
  }
}

package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.codec.testkit.ModelFixtures;
import dev.cortexflow.codec.testkit.OpenApiCheck;
import dev.cortexflow.codec.testkit.SharedFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-built models covering every block type and input kind survive write then read unchanged. */
class ModelRoundTripTest {

  @Test
  void yaml_round_trip_gives_back_every_valid_model() {
    for (Map.Entry<String, Workflow> fixture : ModelFixtures.valid().entrySet()) {
      // when
      ReadResult back = WorkflowYaml.read(WorkflowYaml.write(fixture.getValue()));

      // then
      assertThat(back.violations()).as(fixture.getKey()).isEmpty();
      assertThat(back.workflow()).as(fixture.getKey()).isEqualTo(fixture.getValue());
    }
  }

  @Test
  void json_round_trip_gives_back_every_valid_model() {
    for (Map.Entry<String, Workflow> fixture : ModelFixtures.valid().entrySet()) {
      ReadResult back = WorkflowJson.read(WorkflowJson.write(fixture.getValue()));

      assertThat(back.violations()).as(fixture.getKey()).isEmpty();
      assertThat(back.workflow()).as(fixture.getKey()).isEqualTo(fixture.getValue());
    }
  }

  @Test
  void every_valid_model_passes_the_openapi_schema_strictly_in_both_formats() {
    OpenApiCheck openApi = OpenApiCheck.load(SharedFiles.openApi());
    for (Map.Entry<String, Workflow> fixture : ModelFixtures.valid().entrySet()) {
      assertThat(openApi.errors(WorkflowYaml.write(fixture.getValue()))).as(fixture.getKey()).isEmpty();
      assertThat(openApi.errors(WorkflowJson.write(fixture.getValue()))).as(fixture.getKey()).isEmpty();
    }
  }

  @Test
  void custom_types_and_unknown_keys_round_trip_with_unknown_type_violations() {
    // given
    Workflow custom = ModelFixtures.customTypes();

    // when
    ReadResult back = WorkflowYaml.read(WorkflowYaml.write(custom));

    // then
    assertThat(back.workflow()).isEqualTo(custom);
    assertThat(back.violations()).extracting(Violation::code, Violation::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE, "/filter/type"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE, "/actions/0/schema/type"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE, "/actions/1/schema/inputs/0/type"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE, "/actions/1/schema/inputOverrides/0/type"),
        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_TYPE,
            "/actions/2/schema/variables/0/source/type"));
    assertThat(WorkflowJson.read(WorkflowJson.write(custom)).workflow()).isEqualTo(custom);
  }

  @Test
  void writing_is_deterministic() {
    Workflow workflow = ModelFixtures.everyBlockType();

    assertThat(WorkflowYaml.write(workflow)).isEqualTo(WorkflowYaml.write(workflow.toBuilder().build()));
    assertThat(WorkflowJson.write(workflow)).isEqualTo(WorkflowJson.write(workflow.toBuilder().build()));
  }
}

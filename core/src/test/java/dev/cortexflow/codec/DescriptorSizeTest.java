package dev.cortexflow.codec;

import static dev.cortexflow.validate.WorkflowValidator.MAX_DESCRIPTOR_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.codec.testkit.ModelFixtures;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UTF-8 size of the JSON descriptor at the limit, for characters of every length and lone surrogates. */
class DescriptorSizeTest {

  @ParameterizedTest(name = "U+{0} at the end counts {1} bytes")
  @CsvSource({"007F, 1", "0080, 2", "07FF, 2", "0800, 3", "FFFF, 3", "D800, 3", "DBFF, 3", "DC00, 3"})
  void a_character_at_the_end_of_a_descriptor_at_the_limit_counts_its_utf8_bytes(String hex, int bytes) {
    // given
    String last = String.valueOf((char) Integer.parseInt(hex, 16));
    String atLimit = "a".repeat((int) MAX_DESCRIPTOR_BYTES - bytes) + last;

    // then
    assertThat(WorkflowJson.sizeViolation(atLimit)).isEmpty();
    assertThat(WorkflowJson.sizeViolation("a" + atLimit)).map(Violation::message).contains("the JSON descriptor is"
        + " 2,097,153 bytes, more than the 2,097,152 bytes (2 MB) Cortex accepts in one request: split the"
        + " workflow into smaller ones");
  }

  @Test
  void a_lone_high_surrogate_before_another_character_counts_three_bytes() {
    String atLimit = "a".repeat((int) MAX_DESCRIPTOR_BYTES - 4) + "\uD800a";

    assertThat(WorkflowJson.sizeViolation(atLimit)).isEmpty();
    assertThat(WorkflowJson.sizeViolation("a" + atLimit)).isPresent();
  }

  @Test
  void a_workflow_whose_json_descriptor_is_too_large_gives_the_violation() {
    // given
    Workflow small = ModelFixtures.minimal();
    Workflow large = Workflow.builder().from(small).description("d".repeat((int) MAX_DESCRIPTOR_BYTES)).build();

    // then
    assertThat(WorkflowJson.sizeViolation(small)).isEmpty();
    assertThat(WorkflowJson.sizeViolation(large)).map(Violation::code).contains(ViolationCode.DESCRIPTOR_TOO_LARGE);
  }
}

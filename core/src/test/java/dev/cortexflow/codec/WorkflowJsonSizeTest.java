package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import org.junit.jupiter.api.Test;

class WorkflowJsonSizeTest {

  @Test
  void aDescriptorOfExactlyTheLimitFitsAndOneByteMoreIsTooLarge() {
    String fits = "a".repeat((int) WorkflowValidator.MAX_DESCRIPTOR_BYTES);

    assertThat(WorkflowJson.sizeViolation(fits)).isEmpty();
    assertThat(WorkflowJson.sizeViolation(fits + "a")).map(Violation::toString).contains("ERROR DESCRIPTOR_TOO_LARGE"
        + " at /: the JSON descriptor is 2,097,153 bytes, more than the 2,097,152 bytes (2 MB) Cortex accepts in one"
        + " request: split the workflow into smaller ones");
  }

  @Test
  void theSizeIsCountedInBytesOfUtf8NotInCharacters() {
    String text = "é".repeat(1_048_577); // 2 bytes each in UTF-8: 2,097,154 bytes in 1,048,577 characters

    assertThat(WorkflowJson.sizeViolation(text)).map(Violation::message).contains("the JSON descriptor is"
        + " 2,097,154 bytes, more than the 2,097,152 bytes (2 MB) Cortex accepts in one request: split the workflow"
        + " into smaller ones");
    assertThat(WorkflowJson.sizeViolation("😀".repeat(524_288))).isEmpty(); // 4 bytes each: exactly 2 MB
    assertThat(WorkflowJson.sizeViolation("😀".repeat(524_288) + "a")).isPresent();
  }
}

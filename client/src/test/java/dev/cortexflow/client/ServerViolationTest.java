package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.validate.Severity;
import dev.cortexflow.validate.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServerViolationTest {

  private static ServerViolation violation(String title, String description, Optional<String> type) {
    return new ServerViolation(title, description, "/actions/0", List.of(), OptionalInt.empty(), OptionalInt.empty(),
        type, Optional.empty());
  }

  @Test
  void a_must_violation_is_an_error_with_the_server_code_its_pointer_and_title_and_description() {
    Violation v = violation("Missing root action", "mark one block as root", Optional.of("MUST")).toViolation();

    assertThat(v.code()).isEqualTo(ServerViolation.CODE);
    assertThat(v.code().name()).isEqualTo("SERVER");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v).hasToString("ERROR SERVER at /actions/0: Missing root action: mark one block as root");
  }

  @Test
  void a_violation_without_a_type_blocks_like_a_must() {
    assertThat(violation("Missing root action", "", Optional.empty()).toViolation().severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void a_should_violation_is_a_warning() {
    assertThat(violation("", "prefer a description", Optional.of("SHOULD")).toViolation())
        .hasToString("WARNING SERVER at /actions/0: prefer a description");
  }

  @Test
  void the_title_alone_is_the_message_when_the_description_is_empty() {
    assertThat(violation("Missing root action", "", Optional.of("MUST")).toViolation().message())
        .isEqualTo("Missing root action");
  }
}

package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import org.junit.jupiter.api.Test;

class SyncProblemTest {

  private static final Violation CYCLE = Violation.error(ViolationCode.CYCLE, "/actions/2", "call loops back");

  @Test
  void a_problem_names_the_code_pointer_and_message_of_its_violation() {
    SyncProblem problem = new SyncProblem("deploy", CYCLE);

    assertThat(problem.code()).isEqualTo("CYCLE");
    assertThat(problem.pointer()).isEqualTo("/actions/2");
    assertThat(problem.message()).isEqualTo("call loops back");
    assertThat(problem).hasToString("deploy: ERROR CYCLE at /actions/2: call loops back");
  }

  @Test
  void a_problem_needs_a_tag_and_a_violation() {
    assertThatNullPointerException().isThrownBy(() -> new SyncProblem(null, CYCLE)).withMessage("tag");
    assertThatNullPointerException().isThrownBy(() -> new SyncProblem("deploy", null)).withMessage("violation");
  }
}

package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThatEnvironments;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.EnvironmentValue;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentsAssertTest {

  static final EnvironmentValue<String> NEXT = EnvironmentValue.string("next");

  /** root -> the environment's NEXT, which is no block in production; a second workflow in staging only. */
  static final class Source implements WorkflowSource {
    @Override
    public List<Workflow> workflows(Environment env) {
      Workflow main = TestWorkflows.workflow("main", root("a", env.get(NEXT)), jq("b")).build();
      return env.is("staging") ? List.of(main, TestWorkflows.workflow("extra", root("x")).build()) : List.of(main);
    }
  }

  private static final WorkflowEnvironments ENVIRONMENTS = () -> List.of(
      Environment.named("staging").set(NEXT, "b").build(), Environment.named("production").set(NEXT, "c").build());

  @Test
  void listsTheErrorsOfEachEnvironmentUnderItsName() {
    assertThatThrownBy(() -> assertThatEnvironments(ENVIRONMENTS, List.of(new Source()))
        .everyWorkflowIsValidInEveryEnvironment())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting every workflow to be valid in every environment (staging, production),"
            + " but 2 problems:\n  production: workflow 'main': ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0:")
        .hasMessageContaining("\n  production: workflow 'main': ERROR UNREACHABLE at /actions/1:");
  }

  @Test
  void checksWhichWorkflowsExistInAnEnvironment() {
    EnvironmentsAssert environments = assertThatEnvironments(ENVIRONMENTS, List.of(new Source()));

    environments.haveWorkflowsIn("staging", "main", "extra").haveWorkflowsIn("production", "main");
    assertThatThrownBy(() -> environments.haveWorkflowsIn("production", "main", "extra"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the workflows of environment 'production' to be ['main', 'extra'], but they are"
            + " ['main']");
    assertThatThrownBy(() -> environments.haveWorkflowsIn("qa"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting environment 'qa', but the environments are staging, production");
  }

  @Test
  void usesTheGivenValidatorWithItsOwnRules() {
    WorkflowEnvironments staging = () -> List.of(Environment.named("staging").set(NEXT, "b").build());
    WorkflowValidator strict = WorkflowValidator.standard().with((context, out) -> out.add(Violation.error(
        RuleCode.of("NO_EXTRA", "No extra workflows."), "", "no")));

    assertThatEnvironments(staging, List.of(new Source())).everyWorkflowIsValidInEveryEnvironment();
    assertThatThrownBy(() -> assertThatEnvironments(staging, List.of(new Source())).usingValidator(strict)
        .everyWorkflowIsValidInEveryEnvironment())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("staging: workflow 'extra': ERROR NO_EXTRA at /: no");
  }
}

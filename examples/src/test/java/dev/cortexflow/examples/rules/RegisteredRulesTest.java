package dev.cortexflow.examples.rules;

import static dev.cortexflow.testing.CortexflowAssertions.assertThatWorkflows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.examples.Examples;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.testing.CortexflowAssertions;
import dev.cortexflow.validate.WorkflowValidator;
import org.junit.jupiter.api.Test;

/**
 * The rules are registered for ServiceLoader, so {@code render} applies them to the examples' own workflows:
 * every example keeps them, deliberately, without a single violation. The other example tests validate with the
 * standard validator only.
 */
class RegisteredRulesTest {

  private final WorkflowValidator registered =
      WorkflowValidator.standard().withRulesFrom(RegisteredRulesTest.class.getClassLoader());

  @Test
  void bothRulesAreFoundThroughTheServiceRegistration() {
    assertThat(registered.addedRules()).extracting(rule -> rule.getClass().getSimpleName())
        .containsExactly("ApprovalBeforeProduction", "NoGeneralChannel");
  }

  @Test
  void everyExampleKeepsTheOrganisationRules() {
    for (Workflow workflow : Examples.workflows()) {
      CortexflowAssertions.assertThat(workflow).usingValidator(registered).hasNoViolations();
    }
    assertThatWorkflows(Examples.workflows()).usingValidator(registered).areValid();
  }
}

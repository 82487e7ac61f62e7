package dev.cortexflow.examples.rules;

import static dev.cortexflow.examples.rules.RuleFixtures.root;
import static dev.cortexflow.examples.rules.RuleFixtures.slack;
import static dev.cortexflow.examples.rules.RuleFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import org.junit.jupiter.api.Test;

class NoGeneralChannelTest {

  @Test
  void postingToGeneralInAnySpellingIsAnErrorAtTheChannel() {
    Workflow wf = workflow(root(slack("a", "general", "b")), slack("b", " #General ", "c"), slack("c", "deploys"));

    assertThat(WorkflowValidator.standard().with(new NoGeneralChannel()).validate(wf).violations())
        .extracting(Violation::toString).containsExactly(
            "ERROR NO_GENERAL_CHANNEL at /actions/0/schema/channel: block 'a' (actions[0]) posts to #general,"
                + " which the whole company reads: post to the team's own channel",
            "ERROR NO_GENERAL_CHANNEL at /actions/1/schema/channel: block 'b' (actions[1]) posts to #general,"
                + " which the whole company reads: post to the team's own channel");
  }

  @Test
  void aChannelThatOnlyContainsGeneralIsFine() {
    Workflow wf = workflow(root(slack("a", "general-announcements")));

    assertThat(WorkflowValidator.standard().with(new NoGeneralChannel()).validate(wf).violations()).isEmpty();
  }
}

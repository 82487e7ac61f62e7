package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReachabilityRuleTest {

  @Test
  void reports_a_block_no_path_from_the_root_leads_to() {
    assertThat(violations(workflow(root("start", "next"), jq("next"), jq("orphan")))).containsExactly(
        Violation.error(ViolationCode.UNREACHABLE, "/actions/2", "block 'orphan' (actions[2]): no path from the root"
            + " 'start' leads here, so it never runs: name it in the outgoingActions of the block before it, or"
            + " remove it"));
  }

  @Test
  void says_nothing_when_the_root_is_not_unique() {
    assertThat(violations(workflow(jq("a"), jq("b")), ViolationCode.UNREACHABLE)).isEmpty();
  }
}

package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCountRuleTest {

  @Test
  void reports_no_root_when_no_block_is_marked() {
    assertThat(violations(workflow(jq("a", "b"), jq("b")))).containsExactly(Violation.error(ViolationCode.NO_ROOT,
        "/actions", "no block is the root: set isRootAction: true on the block that runs first"));
  }

  @Test
  void reports_multiple_roots_with_their_slugs() {
    assertThat(violations(workflow(root("deploy"), root("notify")))).containsExactly(Violation.error(
        ViolationCode.MULTIPLE_ROOTS, "/actions", "expected exactly 1 root block, found 2 (deploy, notify):"
            + " keep isRootAction: true on the block that runs first only"));
  }

  @Test
  void warns_when_the_workflow_has_no_blocks_because_cortex_accepts_an_empty_list() {
    assertThat(violations(workflow())).containsExactly(Violation.warning(ViolationCode.NO_ROOT, "/actions",
        "the workflow has no blocks, so a run does nothing: add a block with isRootAction: true"));
  }

  @Test
  void does_not_claim_there_are_no_blocks_when_the_actions_held_items_that_are_not_blocks() {
    for (String actions : new String[] {"[1, 2]", "5", "[\"deploy\"]"}) {
      ReadResult read = WorkflowReader.read("name: Numbers\ntag: numbers\nisDraft: false\nfilter:\n  type: GLOBAL\n"
          + "actions: " + actions + "\n", "numbers.yaml");

      List<Violation> all = WorkflowValidator.standard().validate(read.workflow(), read.violations())
          .violations();

      assertThat(all).as(actions).isNotEmpty().allSatisfy(v -> assertThat(v.message()).doesNotContain("no blocks"));
      assertThat(all).as(actions).anySatisfy(v -> assertThat(v.pointer()).startsWith("/actions"));
    }
  }

  @Test
  void still_warns_about_an_empty_action_list_next_to_other_read_errors() {
    ReadResult read = WorkflowReader.read("name: Empty\ntag: empty\nisDraft: 5\nfilter:\n  type: GLOBAL\n"
        + "actions: []\n", "empty.yaml");

    assertThat(WorkflowValidator.standard().validate(read.workflow(), read.violations()).violations())
        .contains(Violation.warning(ViolationCode.NO_ROOT, "/actions",
            "the workflow has no blocks, so a run does nothing: add a block with isRootAction: true"));
  }

  @Test
  void accepts_exactly_one_root() {
    assertThat(violations(workflow(root("a", "b"), jq("b")))).isEmpty();
  }
}

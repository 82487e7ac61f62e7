package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateSlugRuleTest {

  @Test
  void reports_every_block_that_reuses_an_earlier_slug() {
    assertThat(violations(workflow(root("a", "b"), jq("b"), jq("b"), jq("a")), ViolationCode.DUPLICATE_SLUG))
        .containsExactly(
            Violation.error(ViolationCode.DUPLICATE_SLUG, "/actions/2/slug",
                "block 'b' (actions[2]): slug is already used by actions[1]: give every block its own slug"),
            Violation.error(ViolationCode.DUPLICATE_SLUG, "/actions/3/slug",
                "block 'a' (actions[3]): slug is already used by actions[0]: give every block its own slug"));
  }

  @Test
  void accepts_distinct_slugs() {
    assertThat(violations(workflow(root("a", "b"), jq("b")), ViolationCode.DUPLICATE_SLUG)).isEmpty();
  }
}

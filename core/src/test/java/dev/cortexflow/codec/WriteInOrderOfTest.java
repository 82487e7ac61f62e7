package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Workflow;
import org.junit.jupiter.api.Test;

class WriteInOrderOfTest {

  private static final String FILE = """
      tag: deploy
      name: Deploy
      actions:
      - slug: second
        name: Second
        schema:
          expression: .
          type: JQ
        isRootAction: false
        outgoingActions: []
      - slug: first
        name: First
        schema:
          type: JQ
          expression: .a
        outgoingActions:
        - second
        isRootAction: true
      filter:
        type: GLOBAL
      """;

  private static Workflow read(String text) {
    return WorkflowYaml.read(text).workflow();
  }

  @Test
  void writesEveryLevelInTheOrderOfTheOriginalAndTheKeysItLacksAfterward() {
    String written = WorkflowYaml.writeInOrderOf(read(FILE), FILE);

    assertThat(written).isEqualTo(FILE + """
        isDraft: false
        variables: []
        runRestrictionPolicies: []
        restrictActionCompletionToRunnerUser: false
        """);
  }

  @Test
  void pairsBlocksBySlugSoEachBlockFollowsTheKeyOrderOfItsOwnBlockInTheOriginal() {
    // given: the blocks in the other order
    Workflow file = read(FILE);
    Workflow swapped = ImmutableWorkflow.copyOf(file).withActions(file.actions().get(1), file.actions().get(0));

    // when
    String written = WorkflowYaml.writeInOrderOf(swapped, FILE);

    // then: 'first' keeps type before expression, 'second' expression before type
    assertThat(written).contains("""
        actions:
        - slug: first
          name: First
          schema:
            type: JQ
            expression: .a
          outgoingActions:
          - second
          isRootAction: true
        - slug: second
          name: Second
          schema:
            expression: .
            type: JQ
          isRootAction: false
          outgoingActions: []
        """);
  }

  @Test
  void jsonFollowsTheOrderOfAJsonOriginal() {
    String original = "{\"tag\": \"deploy\", \"name\": \"Deploy\", \"filter\": {\"type\": \"GLOBAL\"}}";

    String written = WorkflowJson.writeInOrderOf(read(FILE), original);

    assertThat(written).startsWith("{\n  \"tag\": \"deploy\",\n  \"name\": \"Deploy\",\n  \"filter\": {\n"
        + "    \"type\": \"GLOBAL\"\n  },\n  \"isDraft\": false,\n");
  }

  @Test
  void anUnreadableOriginalLeavesTheWritingOrder() {
    Workflow workflow = read(FILE);

    assertThat(WorkflowYaml.writeInOrderOf(workflow, "tag: [unclosed")).isEqualTo(WorkflowYaml.write(workflow));
  }
}

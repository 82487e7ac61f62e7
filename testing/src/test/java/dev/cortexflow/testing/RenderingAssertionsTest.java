package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.yaml.WorkflowYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingAssertionsTest {

  private final Workflow small = workflow("small", root("start", "finish"), jq("finish")).build();

  private static final String SMALL_YAML = """
      name: small
      tag: small
      isDraft: false
      filter:
        type: GLOBAL
      variables: []
      actions:
      - name: start
        slug: start
        schema:
          type: JQ
          expression: .
        outgoingActions:
        - finish
        isRootAction: true
      - name: finish
        slug: finish
        schema:
          type: JQ
          expression: .
        outgoingActions: []
        isRootAction: false
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  @Test
  void renders_to_passes_on_the_exact_yaml() {
    assertThat(small).rendersTo(SMALL_YAML);
  }

  @Test
  void renders_to_shows_a_line_diff() {
    String expected = SMALL_YAML.replace("expression: .\n  outgoingActions: []", "expression: .foo\n"
        + "  outgoingActions: []");

    assertThatThrownBy(() -> assertThat(small).rendersTo(expected))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'small' to render to the expected YAML, but it differs (- expected, + actual):
            @@ -18,5 +18,5 @@
                schema:
                  type: JQ
            -     expression: .foo
            +     expression: .
                outgoingActions: []
                isRootAction: false""");
  }

  @Test
  void renders_to_shows_a_missing_final_newline() {
    assertThatThrownBy(() -> assertThat(small).rendersTo(SMALL_YAML.strip()))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'small' to render to the expected YAML, but it differs (- expected, + actual):
            @@ -23,2 +23,3 @@
              runRestrictionPolicies: []
              restrictActionCompletionToRunnerUser: false
            +""");
  }

  @Test
  void renders_to_file_passes_on_an_equal_golden_file(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("small.yaml"), SMALL_YAML);

    assertThat(small).rendersToFile(golden);
  }

  @Test
  void renders_to_file_fails_on_a_missing_or_differing_golden_file(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.yaml");
    Path stale = Files.writeString(dir.resolve("stale.yaml"), SMALL_YAML.replace("name: small", "name: Small"));

    assertThatThrownBy(() -> assertThat(small).rendersToFile(missing))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'small' to render to its golden file, but golden file '" + missing
            + "' is missing; run with -Dgolden.update=true to create it");
    assertThatThrownBy(() -> assertThat(small).rendersToFile(stale))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting workflow 'small' to render to its golden file, but the YAML differs from golden file '"
            + stale + "' (- golden, + actual; run with -Dgolden.update=true to rewrite it):\n"
            + "@@ -1,3 +1,3 @@\n"
            + "- name: Small\n"
            + "+ name: small\n"
            + "  tag: small\n"
            + "  isDraft: false");
    org.assertj.core.api.Assertions.assertThat(missing).doesNotExist();
  }

  @Test
  void a_workflow_is_semantically_equal_to_its_yaml_read_back_and_to_a_reordering() {
    Workflow read = WorkflowYaml.read(WorkflowYaml.write(TestWorkflows.deploy())).workflow().orElseThrow();
    Workflow reordered = ImmutableWorkflow.copyOf(small).withActions(List.of(small.actions().get(1),
        small.actions().get(0)));

    assertThat(TestWorkflows.deploy()).isSemanticallyEqualTo(read);
    assertThat(reordered).isSemanticallyEqualTo(small);
  }

  @Test
  void semantic_equality_names_the_differing_field_of_a_block() {
    Workflow other = ImmutableWorkflow.copyOf(small).withActions(small.actions().get(0),
        ImmutableBlock.copyOf(small.actions().get(1)).withSchema(dev.cortexflow.model.block.Jq.of(".x")));

    assertThatThrownBy(() -> assertThat(other).isSemanticallyEqualTo(small))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'small' to be semantically equal to workflow 'small', but 1 difference:
              block 'finish' schema differs: expected Jq{extensions={}, expression=.} but was Jq{extensions={},\
             expression=.x}""");
  }

  @Test
  void semantic_equality_lists_each_difference() {
    Workflow other = ImmutableWorkflow.copyOf(small).withName("Small").withActions(
        ImmutableBlock.copyOf(small.actions().get(0)).withName("Start"), jq("extra"));

    assertThatThrownBy(() -> assertThat(other).isSemanticallyEqualTo(small))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expecting workflow 'small' to be semantically equal to workflow 'small', but 4 differences:
              name differs: expected 'small' but was 'Small'
              block 'start' name differs: expected 'start' but was 'Start'
              block 'finish' is missing
              block 'extra' is unexpected""");
  }
}

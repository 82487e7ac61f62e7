package dev.cortexflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.testing.CortexflowAssertions;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static final Set<String> ALL_BLOCK_TYPES = Set.of("HTTP_REQUEST", "ADVANCED_HTTP_REQUEST",
      "HTTP_REQUEST_ASYNC", "SCAFFOLDER", "USER_INPUT", "JQ", "SLACK", "MANUAL_APPROVAL", "CONDITIONAL_BRANCH",
      "GITHUB_CREATE_OR_UPDATE_FILE", "MS_TEAMS_SEND_MESSAGE", "JAVASCRIPT", "SET_VARIABLES", "AWS",
      "PAGERDUTY_CREATE_INCIDENT", "JIRA_CREATE_ISSUE");

  private static final Set<String> ALL_INPUT_KINDS = Set.of("INPUT_FIELD", "TEXTAREA_FIELD", "SELECT_FIELD",
      "MULTISELECT_FIELD", "TOGGLE_FIELD", "CORTEX_ENTITY_FIELD", "CORTEX_USER_FIELD", "SLACK_FIELD", "SECRET_FIELD",
      "NUMBER_FIELD", "DATE_FIELD");

  @Test
  void every_example_builds_and_has_a_unique_tag() {
    List<Workflow> workflows = Examples.workflows();

    assertThat(workflows).hasSize(8);
    assertThat(workflows).extracting(Workflow::tag).doesNotHaveDuplicates().containsExactly("deploy-service",
        "service-onboarding", "incident-escalation", "new-service", "access-review", "github-actions-trigger-deploy",
        "create-environment", "learn-cortex-install-scorecard");
  }

  @Test
  void every_example_has_exactly_one_root_and_reachable_blocks_only() {
    for (Workflow wf : Examples.workflows()) {
      assertThat(wf.actions()).as(wf.tag()).filteredOn(Block::isRootAction).hasSize(1);
      String root = wf.actions().stream().filter(Block::isRootAction).findFirst().orElseThrow().slug();
      for (Block b : wf.actions()) {
        if (!b.isRootAction()) {
          CortexflowAssertions.assertThat(wf).hasPath(root, b.slug());
        }
      }
    }
  }

  @Test
  void the_examples_use_all_16_block_types() {
    Set<String> used = Examples.workflows().stream().flatMap(wf -> wf.actions().stream())
        .map(b -> b.schema().type()).collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).containsExactlyInAnyOrderElementsOf(ALL_BLOCK_TYPES);
  }

  @Test
  void the_examples_use_all_11_input_kinds() {
    Set<String> used = Examples.workflows().stream().flatMap(wf -> wf.actions().stream())
        .filter(b -> b.schema() instanceof UserInput).flatMap(b -> ((UserInput) b.schema()).inputs().stream())
        .map(InputField::type).collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).containsExactlyInAnyOrderElementsOf(ALL_INPUT_KINDS);
  }

  @Test
  void every_source_is_public_with_a_public_no_arg_constructor() throws Exception {
    for (WorkflowSource source : Examples.all()) {
      Class<?> type = source.getClass();
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      assertThat(type.getConstructor().newInstance()).isInstanceOf(WorkflowSource.class);
    }
  }

  @Test
  void the_demo_example_runs_via_api_without_human_steps_and_waits_for_a_callback() {
    Workflow demo = Examples.runnableDemo().workflow();

    assertThat(demo.isRunnableViaApi()).contains(true);
    assertThat(demo.actions()).extracting(b -> b.schema().type())
        .doesNotContain("USER_INPUT", "MANUAL_APPROVAL");
    assertThat(demo.actions()).anyMatch(b -> b.schema() instanceof HttpRequestAsync async
        && async.payload().orElse("").contains("{{{callbackUrl}}}"));
  }

  @Test
  void every_example_is_free_of_warnings_too() {
    for (Workflow wf : Examples.workflows()) {
      CortexflowAssertions.assertThat(wf).hasNoViolations();
    }
  }

  @Test
  void building_twice_gives_equal_workflows() {
    assertThat(Examples.workflows()).isEqualTo(Examples.workflows());
  }
}

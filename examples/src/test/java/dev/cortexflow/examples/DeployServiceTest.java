package dev.cortexflow.examples;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.testing.WorkflowPaths;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WriteOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a platform team unit-tests a workflow with cortexflow-testing: the properties that matter for a deploy
 * (approval on every path, the announcement reads the form, the production deploy waits for its callback), pinned
 * like any other Java behaviour.
 */
class DeployServiceTest {

  private final Workflow deploy = new DeployService().workflow();

  @Test
  void is_valid_without_a_single_warning() {
    assertThat(deploy).isValid().hasNoViolations();
  }

  @Test
  void every_deploy_is_approved_by_the_platform_team_first() {
    assertThat(deploy)
        .everyPathPasses("approve")
        .runsBefore("approve", "deploy-prod")
        .runsBefore("approve", "deploy-staging")
        .hasBlock("approve").isOfType("MANUAL_APPROVAL")
        .hasSchemaSatisfying(ManualApproval.class,
            approval -> assertThat(approval.approvingTeamIds()).containsExactly("platform-team"));
  }

  @Test
  void the_form_comes_first_and_the_route_splits_by_environment() {
    assertThat(deploy)
        .hasBlock("choose").isRoot().isOfType("USER_INPUT").and()
        .hasBlock("route").hasSuccessors("deploy-prod", "deploy-staging").and()
        .hasPath("choose", "route", "deploy-prod", "announce")
        .hasPath("choose", "route", "deploy-staging", "announce")
        .hasVariable("environment");
    assertThat(WorkflowPaths.of(deploy)).containsExactly(
        List.of("choose", "remember-environment", "approve", "route", "deploy-prod", "announce"),
        List.of("choose", "remember-environment", "approve", "route", "deploy-staging", "announce"));
  }

  @Test
  void production_deploys_wait_for_the_release_system_to_call_back() {
    assertThat(deploy).hasBlock("deploy-prod").readsFrom("choose")
        .hasSchemaSatisfying(HttpRequestAsync.class, async -> {
          assertThat(async.payload()).hasValueSatisfying(p -> assertThat(p).contains("{{{callbackUrl}}}"));
          assertThat(async.timeoutInSeconds()).contains(900);
        });
  }

  @Test
  void the_slack_announcement_reads_the_forms_version_and_ends_the_workflow() {
    assertThat(deploy).hasBlock("announce")
        .isOfType("SLACK")
        .readsFrom("choose")
        .hasNoSuccessors();
  }

  @Test
  void renders_to_its_golden_file_and_reads_back_to_the_same_workflow() {
    assertThat(deploy)
        .rendersToFile(Path.of("src/test/resources/golden/deploy-service.yaml"),
            WriteOptions.generatedFrom(DeployService.class.getName()))
        .isSemanticallyEqualTo(WorkflowYaml.read(WorkflowYaml.write(deploy)).workflow());
  }
}

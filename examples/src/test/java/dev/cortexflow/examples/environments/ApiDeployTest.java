package dev.cortexflow.examples.environments;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static dev.cortexflow.testing.CortexflowAssertions.assertThatEnvironments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.env.Environment;
import dev.cortexflow.env.MissingEnvironmentValueException;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One workflow class for staging and production: what differs, what exists where, and that both stay valid. */
class ApiDeployTest {

  private final ApiDeploy source = new ApiDeploy();

  @Test
  void every_workflow_is_valid_in_every_environment_under_the_organisation_rules_too() {
    assertThatEnvironments(new ExampleEnvironments(), List.of(source))
        .everyWorkflowIsValidInEveryEnvironment()
        .usingValidator(WorkflowValidator.standard().withRulesFrom(getClass().getClassLoader()))
        .everyWorkflowIsValidInEveryEnvironment();
  }

  @Test
  void the_reset_workflow_exists_in_staging_only() {
    assertThatEnvironments(new ExampleEnvironments(), List.of(source))
        .haveWorkflowsIn("staging", "deploy-api", "reset-test-data")
        .haveWorkflowsIn("production", "deploy-api");
  }

  @Test
  void staging_and_production_differ_in_approving_team_url_and_channel() {
    Workflow staging = deploy(ExampleEnvironments.staging());
    Workflow production = deploy(ExampleEnvironments.production());

    assertThat(staging).hasNoViolations().everyPathPasses("approve").runsBefore("approve", "deploy");
    assertThat(production).hasNoViolations().everyPathPasses("approve").runsBefore("approve", "deploy");
    assertThat(schema(staging, "approve", ManualApproval.class).approvingTeamIds()).containsExactly("platform-team");
    assertThat(schema(production, "approve", ManualApproval.class).approvingTeamIds())
        .containsExactly("release-managers");
    assertThat(schema(staging, "deploy", HttpRequest.class).url())
        .isEqualTo("https://deploy.staging.example.com/api/deploys");
    assertThat(schema(production, "deploy", HttpRequest.class).url())
        .isEqualTo("https://deploy.prod.example.com/api/deploys");
    assertThat(schema(staging, "announce", Slack.class).channel()).isEqualTo("deploys-staging");
    assertThat(schema(production, "announce", Slack.class).channel()).isEqualTo("deploys");
    assertThat(staging.tag()).isEqualTo(production.tag());
  }

  @Test
  void an_environment_without_a_value_the_workflow_reads_fails_the_build_naming_all_three() {
    Environment incomplete = Environment.named("qa").set(ExampleEnvironments.APPROVING_TEAM, "qa-team")
        .set(ExampleEnvironments.CHANNEL, "qa").build();

    assertThatThrownBy(() -> WorkflowEnvironments.workflowsOf(source, incomplete))
        .isInstanceOf(MissingEnvironmentValueException.class)
        .hasMessage("environment 'qa' gives no value 'deploy-url' (String), which"
            + " workflow 'deploy-api' of dev.cortexflow.examples.environments.ApiDeploy reads: give it in the declaration of environment"
            + " 'qa'");
  }

  @Test
  void the_test_kit_lists_a_missing_value_under_its_environment() {
    WorkflowEnvironments withQa = () -> List.of(ExampleEnvironments.staging(), Environment.named("qa").build());

    assertThatThrownBy(() -> assertThatEnvironments(withQa, List.of(source)).everyWorkflowIsValidInEveryEnvironment())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting every workflow to be valid in every environment (staging, qa), but 1"
            + " problem:\n  qa: environment 'qa' gives no value 'approving-team' (String), which"
            + " workflow 'deploy-api' of dev.cortexflow.examples.environments.ApiDeploy reads");
  }

  private Workflow deploy(Environment environment) {
    return source.workflows(environment).get(0);
  }

  private static <T> T schema(Workflow workflow, String slug, Class<T> type) {
    return type.cast(workflow.block(slug).orElseThrow().schema());
  }
}

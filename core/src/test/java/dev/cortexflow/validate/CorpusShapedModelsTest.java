package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.TextInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-built models with the shapes of real descriptors (the reference styles and wiring Cortex's own files use):
 * they must give no violation at all, because a validator that cries wolf on working files is worse than none.
 */
class CorpusShapedModelsTest {

  @Test
  void a_branch_that_joins_with_value_overrides_and_state_paths_is_clean() {
    // given: the shape of cli-trigger-github-deploy-branch-join
    Block branch = block("branch", ConditionalBranch.builder()
        .addBranches(path("ui-invocation", "inputs").withExpression(
            "variables[\"github-owner\"] == \"\" || variables[\"repo-name\"] == \"\""))
        .addBranches(path("api-invocation", "pass-through").withExpression(
            "variables[\"github-owner\"] != \"\" && variables[\"repo-name\"] != \"\""))
        .joiningAction("merge").build(), "inputs", "pass-through").withIsRootAction(true);
    Block inputs = block("inputs", UserInput.builder()
        .addInputs(TextInput.builder().key("github-owner").name("GitHub Owner").required(true)
            .placeholder("e.g. my-org").build())
        .addInputs(TextInput.builder().key("repo-name").name("Repository Name").required(true).build())
        .addInputOverrides(InputOverride.value("github-owner", "variables.github-owner", true))
        .addInputOverrides(InputOverride.value("repo-name", "variables.repo-name", true)).build(), "set-variables");
    Block set = block("set-variables", SetVariables.builder()
        .addVariables(VariableAssignment.of("github-owner",
            VariableSource.reference("actions.inputs.outputs.github-owner")))
        .addVariables(VariableAssignment.of("repo-name", VariableSource.reference("actions.inputs.outputs.repo-name")))
        .build(), "merge");
    Block trigger = block("trigger-deploy", HttpRequestAsync.builder().httpMethod(HttpMethod.POST)
        .url("/repos/{{variables.github-owner}}/{{variables.repo-name}}/actions/workflows/cortex-deploy.yml/dispatches")
        .integration("GitHub").integrationAlias("PLACEHOLDER_INTEGRATION_ALIAS")
        .payload("{\"ref\": \"main\", \"inputs\": {\"cortex_callback_url\": \"{{callbackUrl}}\"}}")
        .timeoutInSeconds(120).build());
    Workflow workflow = Workflow.builder().tag("github-actions-trigger-deploy").name("Trigger")
        .filter(GlobalFilter.of())
        .addVariables(Variable.of("github-owner", VariableType.STRING), Variable.of("repo-name", VariableType.STRING))
        .runResponseTemplate("Deploy complete for **{{variables.github-owner}}/{{variables.repo-name}}**.\n"
            + "[runs](https://github.com/{{variables.github-owner}}/{{variables.repo-name}}/actions)\n"
            + "curl -s -X POST \"$CORTEX_BASE_URL/api/v1/catalog/github-actions-demo/deploys\" \\\n"
            + "  --arg run_url '$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID'\n"
            + "if: always() && inputs.cortex_callback_url != ''")
        .addActions(branch, inputs, set, Fixtures.jq("pass-through", "merge"), Fixtures.jq("merge", "trigger-deploy"),
            trigger)
        .build();

    // then
    assertThat(violations(workflow)).isEmpty();
  }

  @Test
  void an_entity_workflow_reading_jq_quoted_slugs_secrets_and_entity_context_is_clean() {
    // given: the shape of cli-github-actions-deploy and learn-cortex-install-scorecard
    Block get = block("get-entity-details", HttpRequest.builder().httpMethod(HttpMethod.GET)
        .url("https://api.getcortexapp.com/api/v1/catalog/{{context.entity.tag}}")
        .putHeader("Authorization", "Bearer {{&context.secrets.cortex_api_key}}")
        .putHeader("Content-Type", "application/json").build(), "parse-repo").withIsRootAction(true);
    Block parse = block("parse-repo", Jq.of(".actions.\"get-entity-details\".outputs.body.git.repository as $repo |\n"
        + "if ($repo == null) then error(\"none\") else ($repo | split(\"/\")) as $parts |"
        + " {owner: $parts[0], repo: $parts[1]} end"), "user-input");
    Block form = block("user-input", UserInput.builder()
        .addInputs(SelectInput.builder().key("select").name("Select").build())
        .addInputOverrides(InputOverride.options("select", "actions.parse-repo.outputs.result")).build(),
        "get-file");
    Block file = block("get-file", AdvancedHttpRequest.builder().actionIdentifier("github.getFile")
        .integrationAlias("cortex-prod")
        .putInput("path", JsonValue.of("data/scorecards/{{actions.user-input.outputs.select}}"))
        .putInput("repo", JsonValue.of("cortexapps/learn-cortex"))
        .putInput("dryRun", JsonValue.of(false)).build(), "decode");
    Block decode = block("decode", Jq.of("[.actions.\"get-file\".outputs.response[].name] | sort"), "post");
    Block post = block("post", HttpRequest.builder().httpMethod(HttpMethod.POST)
        .url("https://api.getcortexapp.com/api/v1/scorecards/descriptor")
        .payload("{{{actions.decode.outputs.result}}}").build());
    Workflow workflow = Workflow.builder().tag("learn").name("Learn").filter(EntityFilter.builder().build())
        .runResponseTemplate("[see deploys for {{context.entity.tag}}]({{actions.post.outputs.body.id}})")
        .failedRunResponseTemplate("Failed for {{actions.user-input.outputs.select}}")
        .addActions(get, parse, form, file, decode, post).build();

    // then
    assertThat(violations(workflow)).isEmpty();
  }

  @Test
  void a_slack_message_with_a_section_over_the_runner_roles_is_clean() {
    // given: the shape of cli-test-workflow-slack
    Workflow workflow = Fixtures.workflow(block("send-message", Slack.builder().channel("air-force")
        .message("Workflow submitted by: {{context.initiatedBy.name}}\nRoles: \n{{#context.initiatedBy.roles}}\n"
            + "role name: {{name}}\n{{/context.initiatedBy.roles}}").build()).withIsRootAction(true))
        .build();

    // then
    assertThat(violations(workflow)).isEmpty();
  }

  @Test
  void an_undeclared_variable_in_the_response_template_is_the_only_violation() {
    // given: the shape of cli-trigger-jenkins-deploy, whose template reads a variable it never declares
    Workflow workflow = Fixtures.workflow(Fixtures.root("get"))
        .filter(EntityFilter.builder().build())
        .addVariables(Variable.of("jenkins-job", VariableType.STRING), Variable.of("jenkins-auth", VariableType.STRING))
        .runResponseTemplate("**Job:** [{{variables.jenkins-job}}]({{variables.jenkins-url}}/job/{{variables.jenkins-job}})\n"
            + "`x-cortex-custom-metadata.jenkins` and `/api/v1/catalog/{tag}/deploys`")
        .build();

    // then
    assertThat(violations(workflow)).containsExactly(Violation.error(ViolationCode.UNDECLARED_VARIABLE,
        "/runResponseTemplate", "runResponseTemplate reads variables.jenkins-url, which is not declared"
            + " (declared: jenkins-auth, jenkins-job): declare it under variables or fix the name"));
  }

  @Test
  void integration_inputs_map_keeps_its_json_pointer() {
    Workflow workflow = Fixtures.workflow(block("create", AdvancedHttpRequest.builder()
        .actionIdentifier("github.createBranch")
        .putInput("repo", JsonValue.object(Map.of("a/b", JsonValue.array(java.util.List.of(
            JsonValue.of("{{variables.repo}}")))))).build()).withIsRootAction(true)).build();

    assertThat(violations(workflow)).extracting(Violation::pointer)
        .containsExactly("/actions/0/schema/inputs/repo/a~1b/0");
  }
}

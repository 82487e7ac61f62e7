package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.aws;
import static dev.cortexflow.dsl.Blocks.block;
import static dev.cortexflow.dsl.Blocks.githubCreateOrUpdateFile;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.integrationAction;
import static dev.cortexflow.dsl.Blocks.javaScript;
import static dev.cortexflow.dsl.Blocks.jira;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.msTeams;
import static dev.cortexflow.dsl.Blocks.pagerDuty;
import static dev.cortexflow.dsl.Blocks.passThrough;
import static dev.cortexflow.dsl.Blocks.scaffolder;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.expr.Var;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.JiraCreateIssue;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.MsTeamsSendMessage;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.TextInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlocksTest {

  @Test
  void http_request_sets_method_url_headers_payload_and_integration_fields() {
    HttpRequestBlock spec = httpRequest("get", "Get", HttpMethod.POST, "https://x/{{variables.a}}")
        .header("Authorization", rawTemplate("Bearer {}", secretRef("cortex-api-key")))
        .payload("{}").integrationAlias("main").targetHost("relay").integration("GitHub");

    assertThat(spec.toSchema()).isEqualTo(HttpRequest.builder().httpMethod(HttpMethod.POST)
        .url("https://x/{{variables.a}}").putHeader("Authorization", "Bearer {{{context.secrets.cortex-api-key}}}")
        .payload("{}").integrationAlias("main").targetHost("relay").integration("GitHub").build());
  }

  @Test
  void async_http_request_sets_timeout_and_callback_payload() {
    AsyncHttpRequestBlock spec = asyncHttpRequest("trigger", "Trigger", HttpMethod.POST, "/dispatches")
        .payload(rawTemplate("{\"cb\": \"{}\"}", callbackUrl())).timeoutInSeconds(120);

    assertThat(spec.toSchema()).isEqualTo(HttpRequestAsync.builder().httpMethod(HttpMethod.POST).url("/dispatches")
        .payload("{\"cb\": \"{{{callbackUrl}}}\"}").timeoutInSeconds(120).build());
  }

  @Test
  void integration_action_writes_text_as_strings_and_other_values_as_json() {
    IntegrationActionBlock spec = integrationAction("create", "Create", "cortex.createOrUpdateEntity")
        .input("mode", "CREATE").input("dryRun", false).input("labels", List.of("a")).integrationAlias("prod");

    assertThat(spec.toSchema()).isEqualTo(AdvancedHttpRequest.builder()
        .actionIdentifier("cortex.createOrUpdateEntity").putInput("mode", JsonValue.of("CREATE"))
        .putInput("dryRun", JsonValue.of(false)).putInput("labels", JsonValue.array(List.of(JsonValue.of("a"))))
        .integrationAlias("prod").build());
  }

  @Test
  void scaffolder_binds_template_inputs_to_state_paths() {
    ScaffolderBlock spec = scaffolder("scaffold", "Scaffold", "tpl-1")
        .inputFrom("name", action("form").field("name"), false)
        .optionsFrom("lang", action("langs").field("result"))
        .createNewRepository(true).createService(false);

    assertThat(spec.toSchema()).isEqualTo(Scaffolder.builder().scaffolderTemplateId("tpl-1")
        .addInputOverride(InputOverride.value("name", "actions.form.outputs.name", false))
        .addInputOverride(InputOverride.options("lang", "actions.langs.outputs.result"))
        .createNewRepository(true).createService(false).build());
  }

  @Test
  void user_input_sets_fields_overrides_and_validator() {
    Var<String> owner = Var.string("github-owner");
    UserInputBlock spec = userInput("inputs", "Inputs", text("github-owner", "GitHub Owner").required())
        .valueFrom("github-owner", owner, true).jsValidatorScript("return true;");

    assertThat(spec.toSchema()).isEqualTo(UserInput.builder()
        .addInput(TextInput.builder().key("github-owner").name("GitHub Owner").required(true).build())
        .addInputOverride(InputOverride.value("github-owner", "variables.github-owner", true))
        .jsValidatorScript("return true;").build());
  }

  @Test
  void simple_blocks_set_their_single_fields() {
    assertThat(jq("t", "T", ".a").toSchema()).isEqualTo(Jq.of(".a"));
    assertThat(passThrough("p", "P").toSchema()).isEqualTo(Jq.of("."));
    assertThat(javaScript("js", "JS", "return 1;").toSchema()).isEqualTo(JavaScript.builder().script("return 1;")
        .build());
    assertThat(slack("s", "S", "deploys", "hi").toSchema())
        .isEqualTo(Slack.builder().channel("deploys").message("hi").build());
    assertThat(msTeams("m", "M", "team", "chan", "hi").toSchema())
        .isEqualTo(MsTeamsSendMessage.builder().teamId("team").channelId("chan").message("hi").build());
  }

  @Test
  void manual_approval_sets_teams_and_description() {
    assertThat(manualApproval("ok", "OK", "t1", "t2").approverDescription("Check it").toSchema())
        .isEqualTo(ManualApproval.builder().addApprovingTeamId("t1").addApprovingTeamId("t2")
            .approverDescription("Check it").build());
  }

  @Test
  void github_file_sets_repository_file_commit_and_identities() {
    GithubFileBlock spec = githubCreateOrUpdateFile("f", "F", "acme/api", "cortex.yaml", "x: 1", "Add descriptor")
        .alias("gh").branch("main").author("Bot", "bot@acme.dev").committer("Ci", "ci@acme.dev");

    assertThat(spec.toSchema()).isEqualTo(GithubCreateOrUpdateFile.builder().alias("gh").repositoryName("acme/api")
        .path("cortex.yaml").content("x: 1").commitMessage("Add descriptor").branch("main")
        .author(GitIdentity.of("Bot", "bot@acme.dev")).committer(GitIdentity.of("Ci", "ci@acme.dev")).build());
  }

  @Test
  void set_variables_uses_reference_and_javascript_sources() {
    Var<String> owner = Var.string("owner");
    SetVariablesBlock spec = setVariables("set", "Set")
        .set(owner, action("parse").field("result").field("owner"))
        .setByScript(Var.number("count"), "return 2;");

    assertThat(spec.toSchema()).isEqualTo(SetVariables.builder()
        .addVariable(VariableAssignment.of("owner", VariableSource.reference("actions.parse.outputs.result.owner")))
        .addVariable(VariableAssignment.of("count", VariableSource.javaScript("return 2;"))).build());
  }

  @Test
  void aws_pager_duty_and_jira_set_their_required_and_optional_fields() {
    assertThat(aws("a", "A", "123", "eu-west-1", "ec2.describeInstances").input("max", 5).toSchema())
        .isEqualTo(Aws.builder().accountId("123").region("eu-west-1").actionIdentifier("ec2.describeInstances")
            .putInput("max", JsonValue.of(5)).build());
    assertThat(pagerDuty("pd", "PD", "svc", "Down", "Body", "oncall@acme.dev", Urgency.HIGH)
        .incidentTypeName("major").toSchema())
        .isEqualTo(PagerDutyCreateIncident.builder().serviceId("svc").title("Down").body("Body")
            .fromEmail("oncall@acme.dev").urgency(Urgency.HIGH).incidentTypeName("major").build());
    assertThat(jira("j", "J", "OPS", "Bug", "Sum", "Desc").alias("jira").labels("a", "b").components("api")
        .field("customfield_1", "x").assignee("me").reporter("you").priority("High").toSchema())
        .isEqualTo(JiraCreateIssue.builder().alias("jira").projectKey("OPS").issueType("Bug").issueSummary("Sum")
            .description("Desc").addLabel("a").addLabel("b").addComponent("api")
            .putField("customfield_1", JsonValue.of("x")).assignee("me").reporter("you").priority("High").build());
  }

  @Test
  void custom_field_goes_to_the_schema_extensions() {
    assertThat(slack("s", "S", "c", "m").customField("unfurl", true).toSchema())
        .isEqualTo(Slack.builder().channel("c").message("m").putExtension("unfurl", JsonValue.of(true)).build());
  }

  @Test
  void raw_schema_is_used_as_given() {
    CustomBlock custom = CustomBlock.builder().type("RUN_WORKFLOW").putExtension("workflowTag", JsonValue.of("x"))
        .build();

    assertThat(block("run", "Run", custom).toSchema()).isSameAs(custom);
  }

  @Test
  void rejects_invalid_slugs_at_once() {
    assertThatThrownBy(() -> jq("Deploy Me", "D", "."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slug 'Deploy Me' is not valid: use [a-z0-9-]");
  }

  @Test
  void rejects_setting_a_scalar_twice() {
    assertThatThrownBy(() -> httpRequest("h", "H", HttpMethod.GET, "/").payload("a").payload("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("payload of block 'h' is already set");
    assertThatThrownBy(() -> httpRequest("h", "H", HttpMethod.GET, "/").header("A", "1").header("A", "2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("header 'A' of block 'h' is already set");
  }

  @Test
  void rejects_approval_without_team_and_slack_channel_with_hash() {
    assertThatThrownBy(() -> manualApproval("ok", "OK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 'ok' has no approving team: give at least one team id");
    assertThatThrownBy(() -> slack("s", "S", "#deploys", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel '#deploys' of block 's' is not valid: drop the '#'");
  }

  @Test
  void rejects_custom_fields_on_a_ready_made_schema() {
    assertThatThrownBy(() -> block("x", "X", Jq.of(".")).customField("a", 1).toSchema())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'x' is given as a ready-made schema: put custom fields in the schema's extensions");
  }

  @Test
  void map_inputs_keep_their_structure() {
    assertThat(integrationAction("a", "A", "github.updateBranchProtectionRules")
        .input("rules", Map.of("enforce_admins", true)).toSchema())
        .isEqualTo(AdvancedHttpRequest.builder().actionIdentifier("github.updateBranchProtectionRules")
            .putInput("rules", JsonValue.object(Map.of("enforce_admins", JsonValue.of(true)))).build());
  }
}

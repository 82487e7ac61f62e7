package dev.cortexflow.codegen;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.EntityGroupFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.TypeFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.FallbackPath;
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
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.UserRef;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.DateFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Hand-built workflows that exercise every block type, for tests that must not depend on the shared corpus. */
final class ModelFixtures {

  private ModelFixtures() {}

  /** A valid linear workflow using every block type but the branch, then a branch that joins. */
  static Workflow everything() {
    List<BlockSchema> schemas = List.of(
        UserInput.builder()
            .addInput(TextInput.builder().key("version").name("Version").required(true).placeholder("1.2.3").build())
            .addInput(SelectInput.builder().key("env").name("Environment").required(true)
                .options(List.of("staging", "prod")).build())
            .addInput(ToggleInput.builder().key("publish").name("Publish").required(false).build())
            .addInput(NumberInput.builder().key("replicas").name("Replicas").required(false)
                .format(NumberFormat.INTEGER).min(new BigDecimal("1")).build())
            .addInputOverride(InputOverride.value("env", "variables.environment", true))
            .jsValidatorScript("return true;")
            .build(),
        HttpRequest.builder().url("https://api.example.com/{{actions.ask.outputs.version}}")
            .httpMethod(HttpMethod.POST)
            .putHeader("Authorization", "Bearer {{context.secrets.api-token}}")
            .payload("{\n  \"version\": \"{{actions.ask.outputs.version}}\",\n  \"note\": \"trailing  \"\n}\n")
            .integrationAlias("prod")
            .build(),
        HttpRequestAsync.builder().url("https://ci.example.com/run").httpMethod(HttpMethod.POST)
            .timeoutInSeconds(300).payload("{\"callback\": \"{{{callbackUrl}}}\"}").build(),
        AdvancedHttpRequest.builder().actionIdentifier("github.createBranch")
            .putInput("repo", JsonValue.of("acme/api"))
            .putInput("new_branch", JsonValue.of("release-{{actions.ask.outputs.version}}"))
            .putInput("sha", JsonValue.of("abc"))
            .putInput("extra", JsonValue.object(Map.of("nested", JsonValue.array(List.of(JsonValue.of(1),
                JsonValue.NULL)))))
            .integrationAlias("acme")
            .build(),
        AdvancedHttpRequest.builder().actionIdentifier("acme.unknownThing")
            .putInput("flag", JsonValue.of(false)).build(),
        Jq.of(".actions.\"ask\".outputs.version | ascii_downcase"),
        JavaScript.builder().script("const v = actions[\"ask\"].outputs.version;\nreturn { v };\n").build(),
        SetVariables.builder()
            .addVariable(VariableAssignment.of("environment", VariableSource.reference("actions.ask.outputs.env")))
            .addVariable(VariableAssignment.of("count", VariableSource.javaScript("return 1;")))
            .build(),
        Slack.builder().channel("deploys").message("Deployed {{actions.ask.outputs.version}}").build(),
        ManualApproval.builder().addApprovingTeamId("team-1").approverDescription("Approve it").build(),
        Scaffolder.builder().scaffolderTemplateId("tpl").createNewRepository(false)
            .addInputOverride(InputOverride.options("name", "actions.ask.outputs.version")).build(),
        GithubCreateOrUpdateFile.builder().repositoryName("acme/api").path("VERSION")
            .content("{{actions.ask.outputs.version}}").commitMessage("Bump").author(GitIdentity.of("Bot", "b@x.io"))
            .build(),
        MsTeamsSendMessage.builder().teamId("t").channelId("c").message("hi").build(),
        Aws.builder().accountId("123").region("eu-west-1").actionIdentifier("ec2.describe")
            .putInput("ids", JsonValue.array(List.of(JsonValue.of("i-1")))).build(),
        PagerDutyCreateIncident.builder().serviceId("svc").title("Down").body("It is down").fromEmail("a@b.io")
            .urgency(Urgency.HIGH).build(),
        JiraCreateIssue.builder().projectKey("OPS").issueType("Task").issueSummary("Do").description("it")
            .addLabel("ops").putField("customfield_1", JsonValue.of(new BigDecimal("2.50"))).build(),
        CustomBlock.builder().type("RUN_WORKFLOW").putExtension("workflowTag", JsonValue.of("other")).build());
    var wf = Workflow.builder()
        .name("Everything")
        .tag("everything")
        .description("Uses every block type")
        .filter(EntityFilter.builder().ownershipScope(OwnershipScope.OWNER)
            .entityFilter(CompoundFilter.builder().typeFilter(TypeFilter.of(List.of("service")))
                .entityGroupFilter(EntityGroupFilter.builder().addEntityGroup("core").build()).build())
            .build())
        .addVariable(Variable.builder().slug("environment").type(VariableType.STRING)
            .defaultValue(JsonValue.of("staging")).description("Where to deploy").build())
        .addVariable(Variable.of("count", VariableType.NUMBER))
        .runResponseTemplate("Done: {{variables.environment}}")
        .isRunnableViaApi(true)
        .addRunRestrictionPolicy(RunRestriction.of(RestrictionType.TEAM, "team-1"))
        .putExtension("futureFlag", JsonValue.of(true));
    String[] slugs = {"ask", "call", "call-async", "branch-create", "custom-action", "transform", "script",
        "set-vars", "notify", "approve", "scaffold", "write-file", "teams", "aws", "page", "jira", "run-other"};
    for (int i = 0; i < schemas.size(); i++) {
      var block = Block.builder().slug(slugs[i]).name("Step " + i).schema(schemas.get(i))
          .isRootAction(i == 0);
      block.addOutgoingAction(i + 1 < schemas.size() ? slugs[i + 1] : "route");
      wf.addAction(block.build());
    }
    wf.addAction(Block.builder().slug("route").name("Route").schema(ConditionalBranch.builder()
            .addBranch(BranchPath.builder().name("Prod").slug("prod").type("CONDITIONAL")
                .expression("variables.environment == \"prod\"").outgoingAction("prod-step").build())
            .fallbackBranch(FallbackPath.builder().name("Other").slug("other").type("FALLBACK")
                .outgoingAction("other-step").build())
            .joiningAction("done")
            .build())
        .addOutgoingAction("prod-step").addOutgoingAction("other-step").build());
    wf.addAction(Block.builder().slug("prod-step").name("Prod step").schema(Jq.of(".")).addOutgoingAction("done")
        .build());
    wf.addAction(Block.builder().slug("other-step").name("Other step").schema(Jq.of(".")).addOutgoingAction("done")
        .build());
    wf.addAction(Block.builder().slug("done").name("Done").schema(Jq.of(".")).build());
    return wf.build();
  }

  /** A GLOBAL workflow whose one USER_INPUT block has every input kind and both override types. */
  static Workflow everyInputKind() {
    UserInput form = UserInput.builder()
        .addInput(TextInput.builder().key("text").name("Text").required(true).description("A text")
            .defaultValue("no").placeholder("e.g. x").validationRegex("^[a-z]+$").build())
        .addInput(TextareaInput.builder().key("area").name("Area").defaultValue("line 1\nline 2").build())
        .addInput(SelectInput.builder().key("select").name("Select").addOptions("a", "b")
            .optionsLabels(List.of("A", "B")).defaultValue("a").placeholder("pick").build())
        .addInput(MultiSelectInput.builder().key("multi").name("Multi").addOptions("x", "y")
            .allowAdditionalOptions(true).defaultValue(List.of("x")).build())
        .addInput(ToggleInput.builder().key("toggle").name("Toggle").defaultValue(true).build())
        .addInput(EntityInput.builder().key("entity").name("Entity").allowMultiple(true)
            .entityFilter(InputEntityFilter.builder().typeFilter(TypeFilter.of(List.of("service")))
                .groupTags(List.of("g")).excludedGroupTags(List.of("x")).teamIds(List.of("t"))
                .emailOwners(List.of("o@x.y")).domainIds(List.of("d")).build())
            .shouldDisplayOptionsAsHierarchy(true).defaultValue(List.of("svc")).placeholder("choose")
            .limitEntitiesToRunnerUserScope(true).build())
        .addInput(UserPickerInput.builder().key("user").name("User")
            .filter(InputUserFilter.builder().teamCids(List.of("c1")).userEmails(List.of("u@x.y")).build())
            .defaultValue(List.of(UserRef.of("u@x.y", "U"))).build())
        .addInput(SlackInput.builder().key("slack").name("Slack").filter(InputSlackFilter.of(List.of("ops")))
            .defaultValue(List.of("ops")).build())
        .addInput(SecretInput.builder().key("secret").name("Secret").disabled(true).placeholder("***").build())
        .addInput(NumberInput.builder().key("number").name("Number").format(NumberFormat.DECIMAL)
            .min(new BigDecimal("0.5")).max(new BigDecimal("10")).defaultValue(new BigDecimal("1.50")).build())
        .addInput(DateInput.builder().key("date").name("Date").format(DateFormat.DATETIME)
            .defaultValue("2024-01-01").build())
        .addInputOverride(InputOverride.options("select", "actions.load.outputs.result"))
        .addInputOverride(InputOverride.value("text", "variables.text", false))
        .jsValidatorScript("return true;")
        .build();
    return Workflow.builder().name("Every input kind").tag("every-input-kind").filter(GlobalFilter.of())
        .addAction(Block.builder().slug("load").name("Load").schema(Jq.of("[\"a\", \"b\"]"))
            .addOutgoingAction("form").isRootAction(true).build())
        .addAction(Block.builder().slug("form").name("Form").schema(form).build())
        .build();
  }
}

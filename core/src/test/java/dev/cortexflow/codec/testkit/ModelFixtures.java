package dev.cortexflow.codec.testkit;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.EntityGroupFilter;
import dev.cortexflow.model.GlobalFilter;
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
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.UserRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built workflows that together use every block type, input kind, filter and override. */
public final class ModelFixtures {
  private ModelFixtures() {}

  /** Every fixture that Cortex's OpenAPI accepts, by name. */
  public static Map<String, Workflow> valid() {
    return Map.of("every-block-type", everyBlockType(), "every-input-kind", everyInputKind(),
        "minimal-global", minimal());
  }

  /** A workflow with types cortexflow does not know (kept as custom values) and unknown keys everywhere. */
  public static Workflow customTypes() {
    UserInput form = UserInput.builder()
        .addInput(CustomInput.builder().type("NESTED_FORM_FIELD").key("nested").name("Nested")
            .putExtension("fields", JsonValue.array(List.of())).build())
        .addInput(TextInput.builder().key("t").name("T").putExtension("hint", JsonValue.of("soon")).build())
        .addInputOverride(dev.cortexflow.model.input.ImmutableCustomOverride.builder().type("DEFAULT")
            .inputKey("t").putExtension("value", JsonValue.of(1)).build())
        .build();
    return Workflow.builder().name("Custom").tag("custom").filter(dev.cortexflow.model.CustomFilter.of("TEAM"))
        .addAction(block("run", CustomBlock.builder().type("RUN_WORKFLOW")
            .putExtension("workflowTag", JsonValue.of("other")).build(), List.of("form"), true))
        .addAction(block("form", form, List.of("set"), false).withExtensions(Map.of("x-note", JsonValue.NULL)))
        .addAction(block("set", SetVariables.builder().addVariable(VariableAssignment.of("v",
            VariableSource.custom("LITERAL", Map.of("value", JsonValue.of("x"))))).build(), List.of(), false))
        .putExtension("createdAt", JsonValue.of("2026-01-01T00:00:00Z"))
        .build();
  }

  /** The smallest valid workflow: GLOBAL, one JQ block. */
  public static Workflow minimal() {
    return Workflow.builder().name("Hello").tag("hello").filter(GlobalFilter.of())
        .addAction(block("say", Jq.of("."), List.of(), true)).build();
  }

  /** An ENTITY workflow with one block of each of the 16 types plus a custom one, chained in a line. */
  public static Workflow everyBlockType() {
    List<BlockSchema> schemas = List.of(
        HttpRequest.builder().url("https://example.com/api/{{variables.env}}").httpMethod(HttpMethod.POST)
            .putHeader("Authorization", "Bearer {{context.secrets.token}}").payload("{\n  \"a\": 1\n}\n")
            .integration("GitHub").integrationAlias("main").targetHost("relay").build(),
        HttpRequestAsync.builder().url("https://ci.example.com/{{{callbackUrl}}}").httpMethod(HttpMethod.GET)
            .timeoutInSeconds(300).build(),
        AdvancedHttpRequest.builder().actionIdentifier("github.createBranch").integrationAlias("gh")
            .putInput("repo", JsonValue.of("acme/api")).putInput("dryRun", JsonValue.of(false))
            .putInput("count", JsonValue.of(3)).build(),
        Scaffolder.builder().scaffolderTemplateId("tmpl-1").createNewRepository(true).createService(false)
            .addInputOverride(InputOverride.value("name", "variables.name", true)).build(),
        Jq.of(".actions.\"get-entity\".outputs.body | ascii_downcase"),
        Slack.builder().channel("deploys").message("Deployed {{variables.env}}\n\n- done").build(),
        ManualApproval.builder().addApprovingTeamId("team-1").approverDescription("Approve: yes or no?").build(),
        ConditionalBranch.builder()
            .addBranch(BranchPath.builder().name("Prod").slug("prod").expression("variables[\"env\"] == \"prod\"")
                .outgoingAction("b8").type("CONDITIONAL").build())
            .fallbackBranch(FallbackPath.builder().name("Other").slug("other").outgoingAction("b8")
                .type("FALLBACK").build())
            .joiningAction("b9").build(),
        GithubCreateOrUpdateFile.builder().alias("gh").repositoryName("acme/api").path("docs/README.md")
            .content("# Title\n").commitMessage("Update docs").branch("main")
            .author(GitIdentity.of("Ann", "ann@example.com")).committer(GitIdentity.of("Bot", "bot@example.com"))
            .build(),
        MsTeamsSendMessage.builder().teamId("t1").channelId("c1").message("on").build(),
        JavaScript.builder().script("return { ok: actions[\"b1\"].outputs.body != null };").build(),
        SetVariables.builder()
            .addVariable(VariableAssignment.of("env", VariableSource.reference("actions.b1.outputs.body.env")))
            .addVariable(VariableAssignment.of("count", VariableSource.javaScript("return 1;"))).build(),
        Aws.builder().accountId("123456789012").region("eu-west-1").actionIdentifier("aws.lambda.invoke")
            .putInput("functionName", JsonValue.of("fn")).build(),
        PagerDutyCreateIncident.builder().serviceId("P123").title("Down").body("It is down").fromEmail("a@b.c")
            .urgency(Urgency.HIGH).incidentTypeName("major").build(),
        JiraCreateIssue.builder().alias("jira").projectKey("OPS").issueType("Task").issueSummary("Fix")
            .description("Details: none").addLabel("infra").addComponent("api")
            .putField("customfield_1", JsonValue.object(Map.of("value", JsonValue.of("x"))))
            .assignee("ann").reporter("bob").priority("High").build());
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < schemas.size(); i++) {
      String next = i + 1 < schemas.size() ? "b" + (i + 1) : null;
      List<String> out = next == null ? List.of() : i == 7 ? List.of("b8") : List.of(next);
      blocks.add(block("b" + i, schemas.get(i), out, i == 0));
    }
    return Workflow.builder()
        .name("Every block type").tag("every-block-type").description("All 16 block types: yes")
        .isDraft(true)
        .filter(EntityFilter.builder().ownershipScope(OwnershipScope.OWNER)
            .entityFilter(CompoundFilter.builder().typeFilter(TypeFilter.of(List.of("service", "domain")))
                .entityGroupFilter(EntityGroupFilter.builder().addEntityGroup("g1").build()).build())
            .build())
        .addVariable(Variable.builder().slug("env").type(VariableType.STRING).defaultValue(JsonValue.of(""))
            .description("Target").build())
        .addVariable(Variable.builder().slug("count").type(VariableType.NUMBER).defaultValue(JsonValue.of(2))
            .build())
        .addVariable(Variable.of("name", VariableType.OBJECT))
        .runResponseTemplate("# Done\n\nDeployed {{variables.env}}.\n")
        .failedRunResponseTemplate("Failed")
        .actions(blocks)
        .addRunRestrictionPolicy(RunRestriction.of(RestrictionType.TEAM, "team-1"))
        .iconTag("Airplane").isRunnableViaApi(true).restrictActionCompletionToRunnerUser(true)
        .putExtension("x-owner", JsonValue.of("platform"))
        .build();
  }

  /** A GLOBAL workflow whose one USER_INPUT block has every input kind and both override types. */
  public static Workflow everyInputKind() {
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
                .groupTags(List.of("g")).excludedGroupTags(List.of()).teamIds(List.of("t"))
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
        .addAction(block("load", Jq.of("[\"a\", \"b\"]"), List.of("form"), true))
        .addAction(block("form", form, List.of(), false))
        .build();
  }

  private static dev.cortexflow.model.ImmutableBlock block(String slug, BlockSchema schema, List<String> next, boolean root) {
    return Block.builder().slug(slug).name("Block " + slug).schema(schema).outgoingActions(next)
        .isRootAction(root).build();
  }
}

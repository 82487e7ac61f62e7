package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.ImmutableAws;
import dev.cortexflow.model.block.ImmutableBranchPath;
import dev.cortexflow.model.block.ImmutableGithubCreateOrUpdateFile;
import dev.cortexflow.model.block.ImmutableJiraCreateIssue;
import dev.cortexflow.model.block.ImmutableMsTeamsSendMessage;
import dev.cortexflow.model.block.ImmutablePagerDutyCreateIncident;
import dev.cortexflow.model.block.ImmutableSlack;
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
import dev.cortexflow.model.input.TextInput;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string Cortex needs to run a block, of every block type, is reported when blank (MISSING_FIELD), at its
 * pointer; the free text that may be empty is not. One row per (block type, field): a block type without a row
 * fails {@link #every_block_type_has_rows}, so a new type cannot be added without saying what it requires.
 */
class RequiredFieldInEveryBlockTypeTest {

  private static final String BLANK = " \t";

  /** A required field: the block type, the field as messages name it, and the block with that field blank. */
  record Row(Class<? extends BlockSchema> type, String field, Function<String, BlockSchema> schemaWith) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + field;
    }
  }

  private static ImmutableAws.Builder aws() {
    return Aws.builder().accountId("123").region("eu-west-1").actionIdentifier("s3.listBuckets");
  }

  private static ImmutableSlack.Builder slack() {
    return Slack.builder().channel("#ops").message("done");
  }

  private static ImmutableGithubCreateOrUpdateFile.Builder github() {
    return GithubCreateOrUpdateFile.builder().repositoryName("org/repo").path("README.md").content("")
        .commitMessage("update");
  }

  private static ImmutableMsTeamsSendMessage.Builder teams() {
    return MsTeamsSendMessage.builder().teamId("team").channelId("channel").message("done");
  }

  private static ImmutablePagerDutyCreateIncident.Builder pagerDuty() {
    return PagerDutyCreateIncident.builder().serviceId("P1").title("Down").body("").fromEmail("ops@example.com")
        .urgency(Urgency.HIGH);
  }

  private static ImmutableJiraCreateIssue.Builder jira() {
    return JiraCreateIssue.builder().projectKey("OPS").issueType("Task").issueSummary("Fix").description("");
  }

  private static ImmutableBranchPath.Builder path(String slug) {
    return BranchPath.builder().name(slug).slug(slug).expression("true").type("CONDITIONAL");
  }

  private static BlockSchema branches(BranchPath second) {
    return ConditionalBranch.builder().addBranches(path("first").build(), second).build();
  }

  private static BlockSchema assignments(String secondSlug) {
    return SetVariables.builder().addVariables(VariableAssignment.of("first", VariableSource.javaScript("1")),
        VariableAssignment.of(secondSlug, VariableSource.javaScript("2"))).build();
  }

  static List<Row> rows() {
    return List.of(
        new Row(HttpRequest.class, "url", v -> HttpRequest.builder().url(v).httpMethod(HttpMethod.GET).build()),
        new Row(HttpRequestAsync.class, "url",
            v -> HttpRequestAsync.builder().url(v).httpMethod(HttpMethod.POST).build()),
        new Row(AdvancedHttpRequest.class, "actionIdentifier",
            v -> AdvancedHttpRequest.builder().actionIdentifier(v).build()),
        new Row(Aws.class, "accountId", v -> aws().accountId(v).build()),
        new Row(Aws.class, "region", v -> aws().region(v).build()),
        new Row(Aws.class, "actionIdentifier", v -> aws().actionIdentifier(v).build()),
        new Row(Scaffolder.class, "scaffolderTemplateId", v -> Scaffolder.builder().scaffolderTemplateId(v).build()),
        new Row(Jq.class, "expression", Jq::of),
        new Row(Slack.class, "channel", v -> slack().channel(v).build()),
        new Row(Slack.class, "message", v -> slack().message(v).build()),
        new Row(ConditionalBranch.class, "branches[1].name", v -> branches(path("second").name(v).build())),
        new Row(ConditionalBranch.class, "branches[1].slug", v -> branches(path("second").slug(v).build())),
        new Row(ConditionalBranch.class, "branches[1].expression",
            v -> branches(path("second").expression(v).build())),
        new Row(GithubCreateOrUpdateFile.class, "repositoryName", v -> github().repositoryName(v).build()),
        new Row(GithubCreateOrUpdateFile.class, "path", v -> github().path(v).build()),
        new Row(GithubCreateOrUpdateFile.class, "commitMessage", v -> github().commitMessage(v).build()),
        new Row(MsTeamsSendMessage.class, "teamId", v -> teams().teamId(v).build()),
        new Row(MsTeamsSendMessage.class, "channelId", v -> teams().channelId(v).build()),
        new Row(MsTeamsSendMessage.class, "message", v -> teams().message(v).build()),
        new Row(JavaScript.class, "script", v -> JavaScript.builder().script(v).build()),
        new Row(SetVariables.class, "variables[1].slug", RequiredFieldInEveryBlockTypeTest::assignments),
        new Row(PagerDutyCreateIncident.class, "serviceId", v -> pagerDuty().serviceId(v).build()),
        new Row(PagerDutyCreateIncident.class, "title", v -> pagerDuty().title(v).build()),
        new Row(PagerDutyCreateIncident.class, "fromEmail", v -> pagerDuty().fromEmail(v).build()),
        new Row(JiraCreateIssue.class, "projectKey", v -> jira().projectKey(v).build()),
        new Row(JiraCreateIssue.class, "issueType", v -> jira().issueType(v).build()),
        new Row(JiraCreateIssue.class, "issueSummary", v -> jira().issueSummary(v).build()));
  }

  /** Block types that require no string of their own. */
  private static final Set<Class<?>> NOTHING_REQUIRED = Set.of(UserInput.class, ManualApproval.class,
      CustomBlock.class);

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_blank_required_field_of_this_block_type_is_reported_at_its_pointer(Row row) {
    Block call = block("call", row.schemaWith().apply(BLANK)).withIsRootAction(true);
    String pointer = "/actions/0/schema/" + row.field().replace('.', '/').replace("[", "/").replace("]", "");

    assertThat(violations(workflow(call), ViolationCode.MISSING_FIELD)).containsExactly(Violation.error(
        ViolationCode.MISSING_FIELD, pointer, "block 'call' (actions[0]): schema." + row.field()
            + " is empty, but Cortex requires it: set a value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void the_same_block_with_the_field_set_has_nothing_missing(Row row) {
    Block call = block("call", row.schemaWith().apply("set")).withIsRootAction(true);

    assertThat(violations(workflow(call), ViolationCode.MISSING_FIELD)).isEmpty();
  }

  @Test
  void every_block_type_has_rows() {
    Set<Class<?>> covered = rows().stream().map(Row::type).collect(Collectors.toSet());

    assertThat(Arrays.stream(BlockSchema.class.getPermittedSubclasses())
        .filter(t -> !covered.contains(t) && !NOTHING_REQUIRED.contains(t))).isEmpty();
  }

  @Test
  void the_rows_of_own_fields_are_the_strings_the_descriptor_table_needs_to_run() {
    Set<String> rows = rows().stream().filter(r -> !r.field().contains("["))
        .map(r -> r.type().getSimpleName() + "." + r.field()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> table = BlockTypes.ALL.stream().flatMap(t -> t.fields().stream().filter(BlockField::neededToRun)
        .map(f -> t.modelType().getSimpleName() + "." + f.key())).collect(Collectors.toCollection(TreeSet::new));

    assertThat(rows).isEqualTo(table);
  }

  static Stream<Arguments> freeTextThatMayBeEmpty() {
    return Stream.of(
        Arguments.of("github content", github().content("").build()),
        Arguments.of("pagerduty body", pagerDuty().body("").build()),
        Arguments.of("jira description", jira().description("").build()),
        Arguments.of("approval with a team", ManualApproval.builder().addApprovingTeamIds("t").build()),
        Arguments.of("form", UserInput.builder().addInputs(TextInput.builder().key("k").name("").build()).build()),
        Arguments.of("custom block", CustomBlock.builder().type("LATER").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("freeTextThatMayBeEmpty")
  void free_text_that_may_be_empty_is_not_reported(String what, BlockSchema schema) {
    assertThat(violations(workflow(block("call", schema).withIsRootAction(true)), ViolationCode.MISSING_FIELD))
        .isEmpty();
  }

  @Test
  void a_blank_block_name_and_slug_are_reported_at_their_pointers() {
    Block call = Block.builder().name(BLANK).slug("").schema(Jq.of(".")).isRootAction(true).build();

    assertThat(violations(workflow(call), ViolationCode.MISSING_FIELD)).containsExactly(
        Violation.error(ViolationCode.MISSING_FIELD, "/actions/0/name",
            "block '' (actions[0]): name is empty, but Cortex requires it: set a value"),
        Violation.error(ViolationCode.MISSING_FIELD, "/actions/0/slug",
            "block '' (actions[0]): slug is empty, but Cortex requires it: set a value"));
  }

  @Test
  void a_blank_workflow_tag_and_variable_slug_are_reported_at_their_pointers() {
    var wf = workflow(block("only", Jq.of(".")).withIsRootAction(true)).tag(BLANK)
        .addVariables(Variable.builder().slug("env").type(VariableType.STRING).build(),
            Variable.builder().slug("").type(VariableType.STRING).build());

    assertThat(violations(wf, ViolationCode.MISSING_FIELD)).containsExactly(
        Violation.error(ViolationCode.MISSING_FIELD, "/tag", "tag is empty, but Cortex requires it: set a value"),
        Violation.error(ViolationCode.MISSING_FIELD, "/variables/1/slug",
            "variables[1].slug is empty, but Cortex requires it: set a value"));
  }

  @Test
  void a_blank_field_in_the_second_block_names_that_block() {
    Block first = block("first", Jq.of("."), "second").withIsRootAction(true);
    Block second = block("second", Jq.of(BLANK));

    assertThat(violations(workflow(first, second), ViolationCode.MISSING_FIELD)).containsExactly(
        Violation.error(ViolationCode.MISSING_FIELD, "/actions/1/schema/expression",
            "block 'second' (actions[1]): schema.expression is empty, but Cortex requires it: set a value"));
  }
}

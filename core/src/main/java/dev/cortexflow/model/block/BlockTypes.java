package dev.cortexflow.model.block;

import static dev.cortexflow.model.block.FieldKind.BRANCH_PATHS;
import static dev.cortexflow.model.block.FieldKind.FALLBACK_PATH;
import static dev.cortexflow.model.block.FieldKind.GIT_IDENTITY;
import static dev.cortexflow.model.block.FieldKind.HTTP_METHOD;
import static dev.cortexflow.model.block.FieldKind.INPUT_FIELDS;
import static dev.cortexflow.model.block.FieldKind.INPUT_OVERRIDES;
import static dev.cortexflow.model.block.FieldKind.JSON_MAP;
import static dev.cortexflow.model.block.FieldKind.OPTIONAL_BOOLEAN;
import static dev.cortexflow.model.block.FieldKind.OPTIONAL_INTEGER;
import static dev.cortexflow.model.block.FieldKind.OPTIONAL_TEXT;
import static dev.cortexflow.model.block.FieldKind.TEXT;
import static dev.cortexflow.model.block.FieldKind.TEXTS;
import static dev.cortexflow.model.block.FieldKind.TEXT_MAP;
import static dev.cortexflow.model.block.FieldKind.URGENCY;
import static dev.cortexflow.model.block.FieldKind.VARIABLE_ASSIGNMENTS;

import java.util.List;
import java.util.Optional;

/**
 * The descriptor table: for each of the 16 block types of Cortex's published API, its fields in export order with
 * their JSON kinds, presence, vocabularies and descriptions. The codec reads and writes blocks from it, the
 * validator checks required strings and vocabularies with it, and the JSON Schema is generated from it. Adding a
 * field to a block type is one line here (plus the model's accessor).
 *
 * <p>What the table deliberately does not hold: the mapping of nested parts (paths, form fields, overrides,
 * identities, assignments), checks that depend on more than one field, and the DSL's typed API.
 */
public final class BlockTypes {
  private static final String URL = "Request URL; Mustache allowed; relative to the integration when one is set";
  private static final String HEADERS = "Request headers; {} when none";
  private static final String PAYLOAD = "Request body text";
  private static final String INTEGRATION = "Integration whose base URL and credentials are used, such as GitHub";
  private static final String HTTP_ALIAS = "Integration configuration alias (a literal, never a template)";
  private static final String TARGET_HOST = "Target host override";
  private static final String MESSAGE = "Message text; Mustache allowed";

  /** {@code HTTP_REQUEST}. */
  public static final BlockType<HttpRequest, ImmutableHttpRequest.Builder> HTTP_REQUEST = BlockType.of(
      "HTTP_REQUEST", "Sends an HTTP request; the response is in outputs.body", HttpRequest.class,
      HttpRequest::builder, ImmutableHttpRequest.Builder::extensions, ImmutableHttpRequest.Builder::build)
      .neededToRun("url", URL, HttpRequest::url, ImmutableHttpRequest.Builder::url)
      .required("httpMethod", HTTP_METHOD, "HTTP method", HttpRequest::httpMethod,
          ImmutableHttpRequest.Builder::httpMethod)
      .required("headers", TEXT_MAP, HEADERS, HttpRequest::headers, ImmutableHttpRequest.Builder::headers)
      .optional("payload", OPTIONAL_TEXT, PAYLOAD, HttpRequest::payload, ImmutableHttpRequest.Builder::payload)
      .optional("integration", OPTIONAL_TEXT, INTEGRATION, HttpRequest::integration,
          ImmutableHttpRequest.Builder::integration)
      .optional("integrationAlias", OPTIONAL_TEXT, HTTP_ALIAS, HttpRequest::integrationAlias,
          ImmutableHttpRequest.Builder::integrationAlias)
      .optional("targetHost", OPTIONAL_TEXT, TARGET_HOST, HttpRequest::targetHost,
          ImmutableHttpRequest.Builder::targetHost);

  /** {@code ADVANCED_HTTP_REQUEST}. */
  public static final BlockType<AdvancedHttpRequest, ImmutableAdvancedHttpRequest.Builder> ADVANCED_HTTP_REQUEST =
      BlockType.of("ADVANCED_HTTP_REQUEST", "A catalogue action of Cortex or an integration, such as "
          + "github.createBranch", AdvancedHttpRequest.class, AdvancedHttpRequest::builder,
          ImmutableAdvancedHttpRequest.Builder::extensions, ImmutableAdvancedHttpRequest.Builder::build)
      .neededToRun("actionIdentifier", "<namespace>.<operation>, such as cortex.createOrUpdateEntity",
          AdvancedHttpRequest::actionIdentifier, ImmutableAdvancedHttpRequest.Builder::actionIdentifier)
      .optional("integrationAlias", OPTIONAL_TEXT, "Integration configuration alias; null for the default",
          AdvancedHttpRequest::integrationAlias, ImmutableAdvancedHttpRequest.Builder::integrationAlias)
      .required("inputs", JSON_MAP, "The operation's inputs, usually Mustache strings", AdvancedHttpRequest::inputs,
          ImmutableAdvancedHttpRequest.Builder::inputs);

  /** {@code HTTP_REQUEST_ASYNC}. */
  public static final BlockType<HttpRequestAsync, ImmutableHttpRequestAsync.Builder> HTTP_REQUEST_ASYNC =
      BlockType.of("HTTP_REQUEST_ASYNC", "Sends an HTTP request, then pauses until the callback endpoint is called",
          HttpRequestAsync.class, HttpRequestAsync::builder, ImmutableHttpRequestAsync.Builder::extensions,
          ImmutableHttpRequestAsync.Builder::build)
      .neededToRun("url", URL, HttpRequestAsync::url, ImmutableHttpRequestAsync.Builder::url)
      .required("httpMethod", HTTP_METHOD, "HTTP method", HttpRequestAsync::httpMethod,
          ImmutableHttpRequestAsync.Builder::httpMethod)
      .required("headers", TEXT_MAP, HEADERS, HttpRequestAsync::headers, ImmutableHttpRequestAsync.Builder::headers)
      .optional("payload", OPTIONAL_TEXT, PAYLOAD, HttpRequestAsync::payload,
          ImmutableHttpRequestAsync.Builder::payload)
      .optional("timeoutInSeconds", OPTIONAL_INTEGER, "How long to wait for the callback, in seconds",
          HttpRequestAsync::timeoutInSeconds, ImmutableHttpRequestAsync.Builder::timeoutInSeconds)
      .optional("integration", OPTIONAL_TEXT, INTEGRATION, HttpRequestAsync::integration,
          ImmutableHttpRequestAsync.Builder::integration)
      .optional("integrationAlias", OPTIONAL_TEXT, HTTP_ALIAS, HttpRequestAsync::integrationAlias,
          ImmutableHttpRequestAsync.Builder::integrationAlias)
      .optional("targetHost", OPTIONAL_TEXT, TARGET_HOST, HttpRequestAsync::targetHost,
          ImmutableHttpRequestAsync.Builder::targetHost);

  /** {@code SCAFFOLDER}. */
  public static final BlockType<Scaffolder, ImmutableScaffolder.Builder> SCAFFOLDER = BlockType.of("SCAFFOLDER",
      "Runs a Scaffolder template", Scaffolder.class, Scaffolder::builder, ImmutableScaffolder.Builder::extensions,
      ImmutableScaffolder.Builder::build)
      .neededToRun("scaffolderTemplateId", "Id of a registered Scaffolder template", Scaffolder::scaffolderTemplateId,
          ImmutableScaffolder.Builder::scaffolderTemplateId)
      .defaulted("inputOverrides", INPUT_OVERRIDES, "Template input overrides (default [])",
          Scaffolder::inputOverrides, ImmutableScaffolder.Builder::inputOverrides)
      .optional("createNewRepository", OPTIONAL_BOOLEAN, "Whether to create a new repository (default true)",
          Scaffolder::createNewRepository, ImmutableScaffolder.Builder::createNewRepository)
      .optional("createService", OPTIONAL_BOOLEAN, "Whether to create the Cortex entity", Scaffolder::createService,
          ImmutableScaffolder.Builder::createService);

  /** {@code USER_INPUT}. */
  public static final BlockType<UserInput, ImmutableUserInput.Builder> USER_INPUT = BlockType.of("USER_INPUT",
      "Pauses for a form; each field's value is in outputs.<key>", UserInput.class, UserInput::builder,
      ImmutableUserInput.Builder::extensions, ImmutableUserInput.Builder::build)
      .required("inputs", INPUT_FIELDS, "The form fields", UserInput::inputs, ImmutableUserInput.Builder::inputs)
      .defaulted("inputOverrides", INPUT_OVERRIDES, "Field overrides (default [])", UserInput::inputOverrides,
          ImmutableUserInput.Builder::inputOverrides)
      .optional("jsValidatorScript", OPTIONAL_TEXT, "JavaScript that validates the submitted values",
          UserInput::jsValidatorScript, ImmutableUserInput.Builder::jsValidatorScript);

  /** {@code JQ}. */
  public static final BlockType<Jq, ImmutableJq.Builder> JQ = BlockType.of("JQ",
      "Runs a jq program over the run state; the result is in outputs.result", Jq.class, Jq::builder,
      ImmutableJq.Builder::extensions, ImmutableJq.Builder::build)
      .neededToRun("expression", "The jq program, such as .actions.\"get-entity\".outputs.body", Jq::expression,
          ImmutableJq.Builder::expression);

  /** {@code SLACK}. */
  public static final BlockType<Slack, ImmutableSlack.Builder> SLACK = BlockType.of("SLACK", "Sends a Slack message",
      Slack.class, Slack::builder, ImmutableSlack.Builder::extensions, ImmutableSlack.Builder::build)
      .neededToRun("channel", "Channel name without '#'", Slack::channel, ImmutableSlack.Builder::channel)
      .neededToRun("message", MESSAGE, Slack::message, ImmutableSlack.Builder::message);

  /** {@code MANUAL_APPROVAL}. */
  public static final BlockType<ManualApproval, ImmutableManualApproval.Builder> MANUAL_APPROVAL = BlockType.of(
      "MANUAL_APPROVAL", "Pauses until a member of an approving team approves", ManualApproval.class,
      ManualApproval::builder, ImmutableManualApproval.Builder::extensions, ImmutableManualApproval.Builder::build)
      .required("approvingTeamIds", TEXTS, "Ids of the teams whose members may approve",
          ManualApproval::approvingTeamIds, ImmutableManualApproval.Builder::approvingTeamIds)
      .optional("approverDescription", OPTIONAL_TEXT, "Text shown to approvers", ManualApproval::approverDescription,
          ImmutableManualApproval.Builder::approverDescription);

  /** {@code CONDITIONAL_BRANCH}. */
  public static final BlockType<ConditionalBranch, ImmutableConditionalBranch.Builder> CONDITIONAL_BRANCH =
      BlockType.of("CONDITIONAL_BRANCH", "Takes the first path whose expression is true, else the fallback",
          ConditionalBranch.class, ConditionalBranch::builder, ImmutableConditionalBranch.Builder::extensions,
          ImmutableConditionalBranch.Builder::build)
      .required("branches", BRANCH_PATHS, "Conditional paths, evaluated in order", ConditionalBranch::branches,
          ImmutableConditionalBranch.Builder::branches)
      .optional("fallbackBranch", FALLBACK_PATH, "Path taken when no expression is true",
          ConditionalBranch::fallbackBranch, ImmutableConditionalBranch.Builder::fallbackBranch)
      .optional("joiningAction", OPTIONAL_TEXT, "Slug of the block where the paths converge",
          ConditionalBranch::joiningAction, ImmutableConditionalBranch.Builder::joiningAction);

  /** {@code GITHUB_CREATE_OR_UPDATE_FILE}; its required {@code alias} is {@code null} for the default. */
  public static final BlockType<GithubCreateOrUpdateFile, ImmutableGithubCreateOrUpdateFile.Builder>
      GITHUB_CREATE_OR_UPDATE_FILE = BlockType.of("GITHUB_CREATE_OR_UPDATE_FILE",
          "Creates or updates a file in a GitHub repository", GithubCreateOrUpdateFile.class,
          GithubCreateOrUpdateFile::builder, ImmutableGithubCreateOrUpdateFile.Builder::extensions,
          ImmutableGithubCreateOrUpdateFile.Builder::build)
      .required("alias", OPTIONAL_TEXT, "GitHub configuration alias; null for the default",
          GithubCreateOrUpdateFile::alias, ImmutableGithubCreateOrUpdateFile.Builder::alias)
      .neededToRun("repositoryName", "owner/repo", GithubCreateOrUpdateFile::repositoryName,
          ImmutableGithubCreateOrUpdateFile.Builder::repositoryName)
      .neededToRun("path", "File path in the repository", GithubCreateOrUpdateFile::path,
          ImmutableGithubCreateOrUpdateFile.Builder::path)
      .required("content", TEXT, "File content as plain text", GithubCreateOrUpdateFile::content,
          ImmutableGithubCreateOrUpdateFile.Builder::content)
      .neededToRun("commitMessage", "Commit message", GithubCreateOrUpdateFile::commitMessage,
          ImmutableGithubCreateOrUpdateFile.Builder::commitMessage)
      .optional("branch", OPTIONAL_TEXT, "Branch (default: the default branch)", GithubCreateOrUpdateFile::branch,
          ImmutableGithubCreateOrUpdateFile.Builder::branch)
      .optional("author", GIT_IDENTITY, "Author of the change", GithubCreateOrUpdateFile::author,
          ImmutableGithubCreateOrUpdateFile.Builder::author)
      .optional("committer", GIT_IDENTITY, "Committer of the change", GithubCreateOrUpdateFile::committer,
          ImmutableGithubCreateOrUpdateFile.Builder::committer);

  /** {@code MS_TEAMS_SEND_MESSAGE}. */
  public static final BlockType<MsTeamsSendMessage, ImmutableMsTeamsSendMessage.Builder> MS_TEAMS_SEND_MESSAGE =
      BlockType.of("MS_TEAMS_SEND_MESSAGE", "Sends a Microsoft Teams message", MsTeamsSendMessage.class,
          MsTeamsSendMessage::builder, ImmutableMsTeamsSendMessage.Builder::extensions,
          ImmutableMsTeamsSendMessage.Builder::build)
      .neededToRun("teamId", "Team id", MsTeamsSendMessage::teamId, ImmutableMsTeamsSendMessage.Builder::teamId)
      .neededToRun("channelId", "Channel id", MsTeamsSendMessage::channelId,
          ImmutableMsTeamsSendMessage.Builder::channelId)
      .neededToRun("message", MESSAGE, MsTeamsSendMessage::message, ImmutableMsTeamsSendMessage.Builder::message);

  /** {@code JAVASCRIPT}. */
  public static final BlockType<JavaScript, ImmutableJavaScript.Builder> JAVASCRIPT = BlockType.of("JAVASCRIPT",
      "Runs JavaScript; the returned object's keys are in outputs", JavaScript.class, JavaScript::builder,
      ImmutableJavaScript.Builder::extensions, ImmutableJavaScript.Builder::build)
      .neededToRun("script", "Script body reading actions, variables and context", JavaScript::script,
          ImmutableJavaScript.Builder::script);

  /** {@code SET_VARIABLES}. */
  public static final BlockType<SetVariables, ImmutableSetVariables.Builder> SET_VARIABLES = BlockType.of(
      "SET_VARIABLES", "Sets workflow variables", SetVariables.class, SetVariables::builder,
      ImmutableSetVariables.Builder::extensions, ImmutableSetVariables.Builder::build)
      .required("variables", VARIABLE_ASSIGNMENTS, "The assignments", SetVariables::variables,
          ImmutableSetVariables.Builder::variables);

  /** {@code AWS}. */
  public static final BlockType<Aws, ImmutableAws.Builder> AWS = BlockType.of("AWS", "Runs an AWS action", Aws.class,
      Aws::builder, ImmutableAws.Builder::extensions, ImmutableAws.Builder::build)
      .neededToRun("accountId", "AWS account id", Aws::accountId, ImmutableAws.Builder::accountId)
      .neededToRun("region", "AWS region", Aws::region, ImmutableAws.Builder::region)
      .neededToRun("actionIdentifier", "The AWS action", Aws::actionIdentifier, ImmutableAws.Builder::actionIdentifier)
      .required("inputs", JSON_MAP, "The action's inputs", Aws::inputs, ImmutableAws.Builder::inputs);

  /** {@code PAGERDUTY_CREATE_INCIDENT}. */
  public static final BlockType<PagerDutyCreateIncident, ImmutablePagerDutyCreateIncident.Builder>
      PAGERDUTY_CREATE_INCIDENT = BlockType.of("PAGERDUTY_CREATE_INCIDENT", "Creates a PagerDuty incident",
          PagerDutyCreateIncident.class, PagerDutyCreateIncident::builder,
          ImmutablePagerDutyCreateIncident.Builder::extensions, ImmutablePagerDutyCreateIncident.Builder::build)
      .neededToRun("serviceId", "PagerDuty service id", PagerDutyCreateIncident::serviceId,
          ImmutablePagerDutyCreateIncident.Builder::serviceId)
      .neededToRun("title", "Incident title", PagerDutyCreateIncident::title,
          ImmutablePagerDutyCreateIncident.Builder::title)
      .required("body", TEXT, "Incident body", PagerDutyCreateIncident::body,
          ImmutablePagerDutyCreateIncident.Builder::body)
      .neededToRun("fromEmail", "Email of a valid PagerDuty user", PagerDutyCreateIncident::fromEmail,
          ImmutablePagerDutyCreateIncident.Builder::fromEmail)
      .required("urgency", URGENCY, "Incident urgency", PagerDutyCreateIncident::urgency,
          ImmutablePagerDutyCreateIncident.Builder::urgency)
      .optional("incidentTypeName", OPTIONAL_TEXT, "Incident type name", PagerDutyCreateIncident::incidentTypeName,
          ImmutablePagerDutyCreateIncident.Builder::incidentTypeName);

  /** {@code JIRA_CREATE_ISSUE}; its required {@code alias} is {@code null} for the default. */
  public static final BlockType<JiraCreateIssue, ImmutableJiraCreateIssue.Builder> JIRA_CREATE_ISSUE = BlockType.of(
      "JIRA_CREATE_ISSUE", "Creates a Jira issue", JiraCreateIssue.class, JiraCreateIssue::builder,
      ImmutableJiraCreateIssue.Builder::extensions, ImmutableJiraCreateIssue.Builder::build)
      .required("alias", OPTIONAL_TEXT, "Jira configuration alias; null for the default", JiraCreateIssue::alias,
          ImmutableJiraCreateIssue.Builder::alias)
      .neededToRun("projectKey", "Project key", JiraCreateIssue::projectKey, ImmutableJiraCreateIssue.Builder::projectKey)
      .neededToRun("issueType", "Issue type", JiraCreateIssue::issueType, ImmutableJiraCreateIssue.Builder::issueType)
      .neededToRun("issueSummary", "Summary", JiraCreateIssue::issueSummary,
          ImmutableJiraCreateIssue.Builder::issueSummary)
      .required("description", TEXT, "Description", JiraCreateIssue::description,
          ImmutableJiraCreateIssue.Builder::description)
      .defaulted("labels", TEXTS, "Labels (default [])", JiraCreateIssue::labels, ImmutableJiraCreateIssue.Builder::labels)
      .defaulted("components", TEXTS, "Components (default [])", JiraCreateIssue::components,
          ImmutableJiraCreateIssue.Builder::components)
      .defaulted("fields", JSON_MAP, "Extra and custom fields (default {})", JiraCreateIssue::fields,
          ImmutableJiraCreateIssue.Builder::fields)
      .optional("assignee", OPTIONAL_TEXT, "Assignee", JiraCreateIssue::assignee,
          ImmutableJiraCreateIssue.Builder::assignee)
      .optional("reporter", OPTIONAL_TEXT, "Reporter", JiraCreateIssue::reporter,
          ImmutableJiraCreateIssue.Builder::reporter)
      .optional("priority", OPTIONAL_TEXT, "Priority", JiraCreateIssue::priority,
          ImmutableJiraCreateIssue.Builder::priority);

  /** Every known block type, in the OpenAPI's order. */
  public static final List<BlockType<?, ?>> ALL = List.of(HTTP_REQUEST, ADVANCED_HTTP_REQUEST, HTTP_REQUEST_ASYNC,
      SCAFFOLDER, USER_INPUT, JQ, SLACK, MANUAL_APPROVAL, CONDITIONAL_BRANCH, GITHUB_CREATE_OR_UPDATE_FILE,
      MS_TEAMS_SEND_MESSAGE, JAVASCRIPT, SET_VARIABLES, AWS, PAGERDUTY_CREATE_INCIDENT, JIRA_CREATE_ISSUE);

  private BlockTypes() {}

  /** The row of a discriminator ({@code schema.type}); empty for a type cortexflow does not know. */
  public static Optional<BlockType<?, ?>> named(String type) {
    for (BlockType<?, ?> t : ALL) {
      if (t.type().equals(type)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The row of a block; empty for a {@link CustomBlock}. */
  public static Optional<BlockType<?, ?>> of(BlockSchema schema) {
    for (BlockType<?, ?> t : ALL) {
      if (t.describes(schema)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

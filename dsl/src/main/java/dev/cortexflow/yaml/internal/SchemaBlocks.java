package dev.cortexflow.yaml.internal;

import static dev.cortexflow.yaml.internal.SchemaNodes.anyMap;
import static dev.cortexflow.yaml.internal.SchemaNodes.constant;
import static dev.cortexflow.yaml.internal.SchemaNodes.integer;
import static dev.cortexflow.yaml.internal.SchemaNodes.listOf;
import static dev.cortexflow.yaml.internal.SchemaNodes.nullable;
import static dev.cortexflow.yaml.internal.SchemaNodes.nullableBool;
import static dev.cortexflow.yaml.internal.SchemaNodes.nullableString;
import static dev.cortexflow.yaml.internal.SchemaNodes.object;
import static dev.cortexflow.yaml.internal.SchemaNodes.oneOf;
import static dev.cortexflow.yaml.internal.SchemaNodes.opt;
import static dev.cortexflow.yaml.internal.SchemaNodes.ref;
import static dev.cortexflow.yaml.internal.SchemaNodes.req;
import static dev.cortexflow.yaml.internal.SchemaNodes.string;
import static dev.cortexflow.yaml.internal.SchemaNodes.stringMap;
import static dev.cortexflow.yaml.internal.SchemaNodes.strings;
import static dev.cortexflow.yaml.internal.SchemaNodes.vocabulary;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.yaml.internal.SchemaNodes.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Schema definitions of the 16 block types ({@code block.<TYPE>}) and their parts. */
final class SchemaBlocks {
  private SchemaBlocks() {}

  static List<String> names() {
    List<String> out = new ArrayList<>();
    Vocabularies.BLOCK_TYPES.forEach(t -> out.add("block." + t));
    return out;
  }

  static void define(Map<String, JsonValue> defs) {
    block(defs, "HTTP_REQUEST", "Sends an HTTP request; the response is in outputs.body", http(List.of()));
    block(defs, "HTTP_REQUEST_ASYNC", "Sends an HTTP request, then pauses until the callback endpoint is called",
        http(List.of(opt("timeoutInSeconds", integer("How long to wait for the callback, in seconds")))));
    block(defs, "ADVANCED_HTTP_REQUEST", "A catalogue action of Cortex or an integration, such as "
        + "github.createBranch", List.of(
        req("actionIdentifier", string("<namespace>.<operation>, such as cortex.createOrUpdateEntity")),
        opt("integrationAlias", nullableString("Integration configuration alias; null for the default")),
        req("inputs", anyMap("The operation's inputs, usually Mustache strings"))));
    block(defs, "SCAFFOLDER", "Runs a Scaffolder template", List.of(
        req("scaffolderTemplateId", string("Id of a registered Scaffolder template")),
        opt("inputOverrides", listOf(ref("inputOverride", "An override"), "Template input overrides (default [])")),
        opt("createNewRepository", nullableBool("Whether to create a new repository (default true)")),
        opt("createService", nullableBool("Whether to create the Cortex entity"))));
    block(defs, "USER_INPUT", "Pauses for a form; each field's value is in outputs.<key>", List.of(
        req("inputs", listOf(oneOf(SchemaInputs.names(), "A form field, chosen by 'type'"), "The form fields")),
        opt("inputOverrides", listOf(ref("inputOverride", "An override"), "Field overrides (default [])")),
        opt("jsValidatorScript", nullableString("JavaScript that validates the submitted values"))));
    block(defs, "JQ", "Runs a jq program over the run state; the result is in outputs.result", List.of(
        req("expression", string("The jq program, such as .actions.\"get-entity\".outputs.body"))));
    block(defs, "SLACK", "Sends a Slack message", List.of(
        req("channel", string("Channel name without '#'")),
        req("message", string("Message text; Mustache allowed"))));
    block(defs, "MANUAL_APPROVAL", "Pauses until a member of an approving team approves", List.of(
        req("approvingTeamIds", strings("Ids of the teams whose members may approve")),
        opt("approverDescription", nullableString("Text shown to approvers"))));
    block(defs, "CONDITIONAL_BRANCH", "Takes the first path whose expression is true, else the fallback", List.of(
        req("branches", listOf(ref("branchPath", "A path"), "Conditional paths, evaluated in order")),
        opt("fallbackBranch", nullable(ref("fallbackPath", "Path taken when no expression is true"))),
        opt("joiningAction", nullableString("Slug of the block where the paths converge"))));
    block(defs, "GITHUB_CREATE_OR_UPDATE_FILE", "Creates or updates a file in a GitHub repository", List.of(
        req("alias", nullableString("GitHub configuration alias; null for the default")),
        req("repositoryName", string("owner/repo")),
        req("path", string("File path in the repository")),
        req("content", string("File content as plain text")),
        req("commitMessage", string("Commit message")),
        opt("branch", nullableString("Branch (default: the default branch)")),
        opt("author", nullable(ref("gitIdentity", "Author of the change"))),
        opt("committer", nullable(ref("gitIdentity", "Committer of the change")))));
    block(defs, "MS_TEAMS_SEND_MESSAGE", "Sends a Microsoft Teams message", List.of(
        req("teamId", string("Team id")), req("channelId", string("Channel id")),
        req("message", string("Message text; Mustache allowed"))));
    block(defs, "JAVASCRIPT", "Runs JavaScript; the returned object's keys are in outputs", List.of(
        req("script", string("Script body reading actions, variables and context"))));
    block(defs, "SET_VARIABLES", "Sets workflow variables", List.of(
        req("variables", listOf(ref("variableAssignment", "An assignment"), "The assignments"))));
    block(defs, "AWS", "Runs an AWS action", List.of(
        req("accountId", string("AWS account id")), req("region", string("AWS region")),
        req("actionIdentifier", string("The AWS action")), req("inputs", anyMap("The action's inputs"))));
    block(defs, "PAGERDUTY_CREATE_INCIDENT", "Creates a PagerDuty incident", List.of(
        req("serviceId", string("PagerDuty service id")), req("title", string("Incident title")),
        req("body", string("Incident body")), req("fromEmail", string("Email of a valid PagerDuty user")),
        req("urgency", vocabulary("Incident urgency", Urgency.knownValues())),
        opt("incidentTypeName", nullableString("Incident type name"))));
    block(defs, "JIRA_CREATE_ISSUE", "Creates a Jira issue", List.of(
        req("alias", nullableString("Jira configuration alias; null for the default")),
        req("projectKey", string("Project key")), req("issueType", string("Issue type")),
        req("issueSummary", string("Summary")), req("description", string("Description")),
        opt("labels", strings("Labels (default [])")), opt("components", strings("Components (default [])")),
        opt("fields", anyMap("Extra and custom fields (default {})")),
        opt("assignee", nullableString("Assignee")), opt("reporter", nullableString("Reporter")),
        opt("priority", nullableString("Priority"))));
    defs.put("branchPath", object("A conditional path of a branch", List.of(
        req("name", string("Display name of the path")), req("slug", string("Path id")),
        req("expression", string("Boolean CEL expression, such as actions[\"ask\"].outputs.ok == true")),
        opt("outgoingAction", nullableString("Slug of the first block of the path")),
        opt("type", constant("CONDITIONAL", "Path kind, as Cortex exports it")))));
    defs.put("fallbackPath", object("The path taken when no condition holds", List.of(
        req("name", string("Display name of the path")), req("slug", string("Path id")),
        opt("outgoingAction", nullableString("Slug of the first block of the path")),
        opt("type", constant("FALLBACK", "Path kind, as Cortex exports it")))));
    defs.put("gitIdentity", object("A Git author or committer", List.of(
        req("name", string("Name")), req("email", string("Email")))));
    defs.put("variableAssignment", object("Sets one variable", List.of(
        req("slug", string("Slug of the variable to set")),
        req("source", oneOf(List.of("source.REFERENCE", "source.JAVASCRIPT"), "Where the value comes from")))));
    defs.put("source.REFERENCE", object("A value read from the run state", List.of(
        req("type", constant("REFERENCE", "Read a state path")),
        req("path", string("State path without a leading dot, such as actions.parse.outputs.result")))));
    defs.put("source.JAVASCRIPT", object("A value computed by JavaScript", List.of(
        req("type", constant("JAVASCRIPT", "Compute with a script")),
        req("script", string("Script whose return value is the new value")))));
  }

  private static List<Prop> http(List<Prop> extra) {
    List<Prop> props = new ArrayList<>(List.of(
        req("url", string("Request URL; Mustache allowed; relative to the integration when one is set")),
        req("httpMethod", vocabulary("HTTP method", HttpMethod.knownValues())),
        req("headers", stringMap("Request headers; {} when none")),
        opt("payload", nullableString("Request body text")),
        opt("integration", nullableString("Integration whose base URL and credentials are used, such as GitHub")),
        opt("integrationAlias", nullableString("Integration configuration alias (a literal, never a template)")),
        opt("targetHost", nullableString("Target host override"))));
    props.addAll(extra);
    return props;
  }

  private static void block(Map<String, JsonValue> defs, String type, String description, List<Prop> props) {
    List<Prop> all = new ArrayList<>();
    all.add(req("type", constant(type, "Block type " + type)));
    all.addAll(props);
    defs.put("block." + type, object(description, all));
  }
}

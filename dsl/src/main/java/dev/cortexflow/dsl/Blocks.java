package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Urgency;
import java.util.List;

/**
 * Static factories for every block type ({@code schema.type}); import them statically. Each takes the block's
 * {@code slug} and display {@code name}, then the type's required fields; the returned spec has fluent optional
 * settings. Text parameters take a {@link CharSequence}, so a {@code String} or a
 * {@link dev.cortexflow.expr.Template} fits.
 *
 * <pre class="compilable">{@code
 * start.then(httpRequest("get-owner", "Get owner", HttpMethod.GET, template("https://api/x/{}", form.output("tag")))
 *     .header("Authorization", rawTemplate("Bearer {}", secretRef("cortex-api-key"))));
 * }</pre>
 *
 * <p>Branches are built with {@link #branch(String, String)}. Slugs must match {@code [a-z0-9-]} (checked at once).
 */
public final class Blocks {

  private Blocks() {}

  /** An {@code HTTP_REQUEST} block ({@code httpMethod}, {@code url}). */
  public static HttpRequestBlock httpRequest(String slug, String name, HttpMethod method, CharSequence url) {
    return new HttpRequestBlock(slug, name, method, url);
  }

  /** An {@code HTTP_REQUEST_ASYNC} block ({@code httpMethod}, {@code url}); pauses until its callback. */
  public static AsyncHttpRequestBlock asyncHttpRequest(String slug, String name, HttpMethod method, CharSequence url) {
    return new AsyncHttpRequestBlock(slug, name, method, url);
  }

  /** An {@code ADVANCED_HTTP_REQUEST} block running a catalogue action ({@code actionIdentifier}). */
  public static IntegrationActionBlock integrationAction(String slug, String name, String actionIdentifier) {
    return new IntegrationActionBlock(slug, name, actionIdentifier);
  }

  /** A {@code SCAFFOLDER} block ({@code scaffolderTemplateId}). */
  public static ScaffolderBlock scaffolder(String slug, String name, String templateId) {
    return new ScaffolderBlock(slug, name, templateId);
  }

  /** A {@code USER_INPUT} block with its form fields ({@code inputs}). */
  public static UserInputBlock userInput(String slug, String name, FieldSpec<?>... fields) {
    return new UserInputBlock(slug, name).fields(fields);
  }

  /** A {@code JQ} block ({@code expression}). */
  public static JqBlock jq(String slug, String name, CharSequence expression) {
    return new JqBlock(slug, name, expression);
  }

  /** A {@code JQ} block with {@code expression: "."}: passes the state through, e.g. as a join. */
  public static JqBlock passThrough(String slug, String name) {
    return new JqBlock(slug, name, ".");
  }

  /** A {@code SLACK} block ({@code channel} without {@code #}, {@code message}). */
  public static SlackBlock slack(String slug, String name, String channel, CharSequence message) {
    return new SlackBlock(slug, name, channel, message);
  }

  /** A {@code MANUAL_APPROVAL} block ({@code approvingTeamIds}: at least one team id). */
  public static ManualApprovalBlock manualApproval(String slug, String name, String... approvingTeamIds) {
    return new ManualApprovalBlock(slug, name, List.of(approvingTeamIds));
  }

  /** A {@code CONDITIONAL_BRANCH} block; add paths, then close it with a join or without. */
  @CheckReturnValue
  public static Branch.Start branch(String slug, String name) {
    return Branch.start(slug, name);
  }

  /**
   * A {@code GITHUB_CREATE_OR_UPDATE_FILE} block ({@code repositoryName} as {@code owner/repo}, {@code path},
   * {@code content} as plain text, {@code commitMessage}).
   */
  public static GithubFileBlock githubCreateOrUpdateFile(String slug, String name, CharSequence repositoryName,
      CharSequence path, CharSequence content, CharSequence commitMessage) {
    return new GithubFileBlock(slug, name, repositoryName, path, content, commitMessage);
  }

  /** An {@code MS_TEAMS_SEND_MESSAGE} block ({@code teamId}, {@code channelId}, {@code message}). */
  public static MsTeamsBlock msTeams(String slug, String name, String teamId, String channelId, CharSequence message) {
    return new MsTeamsBlock(slug, name, teamId, channelId, message);
  }

  /** A {@code JAVASCRIPT} block ({@code script}). */
  public static JavaScriptBlock javaScript(String slug, String name, CharSequence script) {
    return new JavaScriptBlock(slug, name, script);
  }

  /** A {@code SET_VARIABLES} block; add assignments ({@code variables}) with {@code set(...)}. */
  public static SetVariablesBlock setVariables(String slug, String name) {
    return new SetVariablesBlock(slug, name);
  }

  /** An {@code AWS} block ({@code accountId}, {@code region}, {@code actionIdentifier}). */
  public static AwsBlock aws(String slug, String name, String accountId, String region, String actionIdentifier) {
    return new AwsBlock(slug, name, accountId, region, actionIdentifier);
  }

  /**
   * A {@code PAGERDUTY_CREATE_INCIDENT} block ({@code serviceId}, {@code title}, {@code body}, {@code fromEmail} of a
   * valid PagerDuty user, {@code urgency}).
   */
  public static PagerDutyBlock pagerDuty(String slug, String name, String serviceId, CharSequence title,
      CharSequence body, String fromEmail, Urgency urgency) {
    return new PagerDutyBlock(slug, name, serviceId, title, body, fromEmail, urgency);
  }

  /**
   * A {@code JIRA_CREATE_ISSUE} block ({@code projectKey}, {@code issueType}, {@code issueSummary},
   * {@code description}).
   */
  public static JiraBlock jira(String slug, String name, String projectKey, String issueType, CharSequence summary,
      CharSequence description) {
    return new JiraBlock(slug, name, projectKey, issueType, summary, description);
  }

  /**
   * A block of any ready-made schema ({@code slug}, {@code name}, {@code schema}): the escape hatch for
   * {@link dev.cortexflow.model.block.CustomBlock} and generated integration bindings.
   */
  public static SchemaBlock block(String slug, String name, BlockSchema schema) {
    return new SchemaBlock(slug, name, schema);
  }
}

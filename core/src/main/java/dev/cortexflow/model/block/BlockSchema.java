package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;

/**
 * The type-specific configuration of a block ({@code schema}), one value type per {@code schema.type}: the 16
 * types of Cortex's published API plus {@link CustomBlock} for any type Cortex adds later.
 */
public sealed interface BlockSchema extends Extensible
    permits HttpRequest, HttpRequestAsync, AdvancedHttpRequest, Scaffolder, UserInput, Jq, Slack, ManualApproval,
        ConditionalBranch, GithubCreateOrUpdateFile, MsTeamsSendMessage, JavaScript, SetVariables, Aws,
        PagerDutyCreateIncident, JiraCreateIssue, CustomBlock {

  /** The discriminator ({@code schema.type}), such as {@code HTTP_REQUEST}. */
  String type();

  /**
   * Calls the visitor's method for this block's type. Prefer it to a chain of {@code instanceof} tests wherever
   * every type needs handling: a type added to the model is then a compile error in every visitor, not a case that
   * is silently skipped.
   *
   * <pre class="compilable">{@code
   * boolean sendsHttp = workflow.actions().get(0).schema().accept(new BlockSchema.Visitor<Boolean>() {
   *   public Boolean httpRequest(HttpRequest http) { return true; }
   *   public Boolean httpRequestAsync(HttpRequestAsync http) { return true; }
   *   public Boolean advancedHttpRequest(AdvancedHttpRequest action) { return true; }
   *   public Boolean scaffolder(Scaffolder scaffolder) { return false; }
   *   public Boolean userInput(UserInput form) { return false; }
   *   public Boolean jq(Jq jq) { return false; }
   *   public Boolean slack(Slack slack) { return true; }
   *   public Boolean manualApproval(ManualApproval approval) { return false; }
   *   public Boolean conditionalBranch(ConditionalBranch branch) { return false; }
   *   public Boolean githubCreateOrUpdateFile(GithubCreateOrUpdateFile file) { return true; }
   *   public Boolean msTeamsSendMessage(MsTeamsSendMessage message) { return true; }
   *   public Boolean javaScript(JavaScript script) { return false; }
   *   public Boolean setVariables(SetVariables assignments) { return false; }
   *   public Boolean aws(Aws aws) { return true; }
   *   public Boolean pagerDutyCreateIncident(PagerDutyCreateIncident incident) { return true; }
   *   public Boolean jiraCreateIssue(JiraCreateIssue issue) { return true; }
   *   public Boolean customBlock(CustomBlock unknown) { return false; }
   * });
   * }</pre>
   *
   * @param visitor what to do for each block type
   * @param <R> what the visitor returns ({@code Void} when nothing)
   * @return what the visitor's method for this type returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per block type of the model, each given the block's {@code schema}; see {@link #accept(Visitor)}.
   * There is deliberately no default method: every visitor handles every type.
   *
   * @param <R> what each method returns ({@code Void} when nothing)
   */
  interface Visitor<R> {

    /** Handles a {@code HTTP_REQUEST} block. */
    R httpRequest(HttpRequest block);

    /** Handles a {@code HTTP_REQUEST_ASYNC} block. */
    R httpRequestAsync(HttpRequestAsync block);

    /** Handles an {@code ADVANCED_HTTP_REQUEST} block. */
    R advancedHttpRequest(AdvancedHttpRequest block);

    /** Handles a {@code SCAFFOLDER} block. */
    R scaffolder(Scaffolder block);

    /** Handles a {@code USER_INPUT} block. */
    R userInput(UserInput block);

    /** Handles a {@code JQ} block. */
    R jq(Jq block);

    /** Handles a {@code SLACK} block. */
    R slack(Slack block);

    /** Handles a {@code MANUAL_APPROVAL} block. */
    R manualApproval(ManualApproval block);

    /** Handles a {@code CONDITIONAL_BRANCH} block. */
    R conditionalBranch(ConditionalBranch block);

    /** Handles a {@code GITHUB_CREATE_OR_UPDATE_FILE} block. */
    R githubCreateOrUpdateFile(GithubCreateOrUpdateFile block);

    /** Handles a {@code MS_TEAMS_SEND_MESSAGE} block. */
    R msTeamsSendMessage(MsTeamsSendMessage block);

    /** Handles a {@code JAVASCRIPT} block. */
    R javaScript(JavaScript block);

    /** Handles a {@code SET_VARIABLES} block. */
    R setVariables(SetVariables block);

    /** Handles an {@code AWS} block. */
    R aws(Aws block);

    /** Handles a {@code PAGERDUTY_CREATE_INCIDENT} block. */
    R pagerDutyCreateIncident(PagerDutyCreateIncident block);

    /** Handles a {@code JIRA_CREATE_ISSUE} block. */
    R jiraCreateIssue(JiraCreateIssue block);

    /** Handles a block of a type cortexflow does not know. */
    R customBlock(CustomBlock block);
  }
}

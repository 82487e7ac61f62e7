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
}

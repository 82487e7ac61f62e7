package dev.cortexflow.yaml.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.ImmutableGitIdentity;
import dev.cortexflow.model.block.JiraCreateIssue;
import dev.cortexflow.model.block.MsTeamsSendMessage;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.validate.ViolationCode;
import java.util.Optional;

/**
 * Maps the dedicated integration blocks: SLACK, MS_TEAMS_SEND_MESSAGE, GITHUB_CREATE_OR_UPDATE_FILE,
 * JIRA_CREATE_ISSUE and PAGERDUTY_CREATE_INCIDENT. Their required {@code alias} is written as {@code null} when
 * absent, which Cortex reads as the default integration configuration.
 */
final class IntegrationBlocks {
  private IntegrationBlocks() {}

  static Optional<BlockSchema> read(String type, Fields s) {
    BlockSchema schema = switch (type) {
      case "SLACK" -> Slack.builder()
          .channel(s.string("channel", Need.REQUIRED))
          .message(s.string("message", Need.REQUIRED))
          .extensions(s.extensions()).build();
      case "MS_TEAMS_SEND_MESSAGE" -> MsTeamsSendMessage.builder()
          .teamId(s.string("teamId", Need.REQUIRED))
          .channelId(s.string("channelId", Need.REQUIRED))
          .message(s.string("message", Need.REQUIRED))
          .extensions(s.extensions()).build();
      case "GITHUB_CREATE_OR_UPDATE_FILE" -> GithubCreateOrUpdateFile.builder()
          .alias(alias(s))
          .repositoryName(s.string("repositoryName", Need.REQUIRED))
          .path(s.string("path", Need.REQUIRED))
          .content(s.string("content", Need.REQUIRED))
          .commitMessage(s.string("commitMessage", Need.REQUIRED))
          .branch(s.optString("branch"))
          .author(identity(s, "author"))
          .committer(identity(s, "committer"))
          .extensions(s.extensions()).build();
      case "JIRA_CREATE_ISSUE" -> JiraCreateIssue.builder()
          .alias(alias(s))
          .projectKey(s.string("projectKey", Need.REQUIRED))
          .issueType(s.string("issueType", Need.REQUIRED))
          .issueSummary(s.string("issueSummary", Need.REQUIRED))
          .description(s.string("description", Need.REQUIRED))
          .labels(s.strings("labels", Need.DEFAULTED))
          .components(s.strings("components", Need.DEFAULTED))
          .fields(s.jsonMap("fields", Need.DEFAULTED))
          .assignee(s.optString("assignee"))
          .reporter(s.optString("reporter"))
          .priority(s.optString("priority"))
          .extensions(s.extensions()).build();
      case "PAGERDUTY_CREATE_INCIDENT" -> PagerDutyCreateIncident.builder()
          .serviceId(s.string("serviceId", Need.REQUIRED))
          .title(s.string("title", Need.REQUIRED))
          .body(s.string("body", Need.REQUIRED))
          .fromEmail(s.string("fromEmail", Need.REQUIRED))
          .urgency(Urgency.of(s.string("urgency", Need.REQUIRED)))
          .incidentTypeName(s.optString("incidentTypeName"))
          .extensions(s.extensions()).build();
      default -> null;
    };
    return Optional.ofNullable(schema);
  }

  /** {@code alias: null} is what Cortex's own files send for the default configuration; only absence is an error. */
  private static Optional<String> alias(Fields s) {
    if (!s.isPresent("alias")) {
      s.issues().error(ViolationCode.MISSING_FIELD, s.pointer("alias"), s.where()
          + ": missing required field 'alias'; write 'alias: null' for the default configuration");
    }
    return s.optString("alias");
  }

  private static Optional<GitIdentity> identity(Fields s, String key) {
    return s.object(key, Need.OPTIONAL, s.where() + " " + key).map(f -> ImmutableGitIdentity.builder()
        .name(f.string("name", Need.REQUIRED))
        .email(f.string("email", Need.REQUIRED))
        .extensions(f.extensions()).build());
  }

  static boolean write(BlockSchema schema, Out out) {
    if (schema instanceof Slack x) {
      out.put("channel", x.channel()).put("message", x.message());
    } else if (schema instanceof MsTeamsSendMessage x) {
      out.put("teamId", x.teamId()).put("channelId", x.channelId()).put("message", x.message());
    } else if (schema instanceof GithubCreateOrUpdateFile x) {
      out.put("alias", x.alias().map(JsonValue::of).orElse(JsonValue.NULL))
          .put("repositoryName", x.repositoryName()).put("path", x.path()).put("content", x.content())
          .put("commitMessage", x.commitMessage()).opt("branch", x.branch());
      x.author().ifPresent(a -> out.put("author", identity(a)));
      x.committer().ifPresent(c -> out.put("committer", identity(c)));
    } else if (schema instanceof JiraCreateIssue x) {
      out.put("alias", x.alias().map(JsonValue::of).orElse(JsonValue.NULL))
          .put("projectKey", x.projectKey()).put("issueType", x.issueType()).put("issueSummary", x.issueSummary())
          .put("description", x.description()).strings("labels", x.labels()).strings("components", x.components())
          .jsonMap("fields", x.fields()).opt("assignee", x.assignee()).opt("reporter", x.reporter())
          .opt("priority", x.priority());
    } else if (schema instanceof PagerDutyCreateIncident x) {
      out.put("serviceId", x.serviceId()).put("title", x.title()).put("body", x.body())
          .put("fromEmail", x.fromEmail()).put("urgency", x.urgency().value())
          .opt("incidentTypeName", x.incidentTypeName());
    } else {
      return false;
    }
    return true;
  }

  private static JsonValue identity(GitIdentity id) {
    return Out.object().put("name", id.name()).put("email", id.email()).extensions(id.extensions()).build();
  }
}

package dev.cortexflow.model.block;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates a Jira issue. Descriptor {@code type: JIRA_CREATE_ISSUE}. */
@Value.Immutable
public non-sealed interface JiraCreateIssue extends BlockSchema {

  /** Returns {@code JIRA_CREATE_ISSUE}. */
  @Override
  default String type() {
    return "JIRA_CREATE_ISSUE";
  }

  /** Jira integration alias ({@code alias}); absent is written as {@code null}. */
  Optional<String> alias();

  /** Project key ({@code projectKey}). */
  String projectKey();

  /** Issue type ({@code issueType}). */
  String issueType();

  /** Summary ({@code issueSummary}). */
  String issueSummary();

  /** Description ({@code description}). */
  String description();

  /** Labels ({@code labels}, default empty). */
  List<String> labels();

  /** Components ({@code components}, default empty). */
  List<String> components();

  /** Extra and custom fields ({@code fields}, default empty). */
  Map<String, JsonValue> fields();

  /** Assignee ({@code assignee}). */
  Optional<String> assignee();

  /** Reporter ({@code reporter}). */
  Optional<String> reporter();

  /** Priority ({@code priority}). */
  Optional<String> priority();

  /** Returns a new builder. */
  static ImmutableJiraCreateIssue.Builder builder() {
    return ImmutableJiraCreateIssue.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#jiraCreateIssue jiraCreateIssue} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.jiraCreateIssue(this);
  }
}

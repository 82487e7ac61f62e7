package dev.cortexflow.dsl;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.JiraCreateIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code JIRA_CREATE_ISSUE} block: creates a Jira issue. Create it with
 * {@link Blocks#jira(String, String, String, String, CharSequence, CharSequence)}.
 */
public final class JiraBlock extends BlockSpec<JiraBlock> {

  private final String projectKey;
  private final String issueType;
  private final String summary;
  private final String description;
  private final List<String> labels = new ArrayList<>();
  private final List<String> components = new ArrayList<>();
  private final Map<String, JsonValue> fields = new LinkedHashMap<>();
  private Optional<String> alias = Optional.empty();
  private Optional<String> assignee = Optional.empty();
  private Optional<String> reporter = Optional.empty();
  private Optional<String> priority = Optional.empty();

  JiraBlock(String slug, String name, String projectKey, String issueType, CharSequence summary,
      CharSequence description) {
    super(slug, name);
    this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
    this.issueType = Objects.requireNonNull(issueType, "issueType");
    this.summary = Objects.requireNonNull(summary, "summary").toString();
    this.description = Objects.requireNonNull(description, "description").toString();
  }

  /** Sets the Jira integration alias ({@code alias}); absent means the default one. */
  public JiraBlock alias(String alias) {
    this.alias = Optional.of(set("alias", alias));
    return self();
  }

  /** Adds labels ({@code labels}). */
  public JiraBlock labels(String... labels) {
    for (String label : labels) {
      this.labels.add(Objects.requireNonNull(label, "label"));
    }
    return self();
  }

  /** Adds components ({@code components}). */
  public JiraBlock components(String... components) {
    for (String component : components) {
      this.components.add(Objects.requireNonNull(component, "component"));
    }
    return self();
  }

  /** Sets an extra or custom Jira field ({@code fields.<key>}); text as a string, other values as JSON. */
  public JiraBlock field(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    JsonValue json = JsonValue.from(value);
    if (fields.putIfAbsent(key, json) != null) {
      throw new IllegalStateException("field '" + key + "' of block '" + slug() + "' is already set");
    }
    return self();
  }

  /** Sets the assignee ({@code assignee}). */
  public JiraBlock assignee(CharSequence assignee) {
    this.assignee = Optional.of(set("assignee", assignee));
    return self();
  }

  /** Sets the reporter ({@code reporter}). */
  public JiraBlock reporter(CharSequence reporter) {
    this.reporter = Optional.of(set("reporter", reporter));
    return self();
  }

  /** Sets the priority ({@code priority}), such as {@code High}. */
  public JiraBlock priority(String priority) {
    this.priority = Optional.of(set("priority", priority));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return JiraCreateIssue.builder().alias(alias).projectKey(projectKey).issueType(issueType).issueSummary(summary)
        .description(description).labels(labels).components(components).fields(fields).assignee(assignee)
        .reporter(reporter).priority(priority).putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.client;

import dev.cortexflow.client.internal.LiveWorkflows;
import dev.cortexflow.model.Workflow;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow as the server lists or returns it.
 *
 * @param tag the workflow's unique tag
 * @param name its display name
 * @param id the server's identifier (CID), when sent
 * @param description its description, when set
 * @param isDraft whether it is a draft
 * @param json the complete definition as compact JSON text, exactly as the server sent it (includes {@code actions}
 *     only when they were asked for)
 */
public record WorkflowSummary(String tag, String name, Optional<String> id, Optional<String> description,
    boolean isDraft, String json) {

  /** Checks the components. */
  public WorkflowSummary {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Reads {@link #json()} into the model, without the keys the server manages ({@code id}, {@code cid},
   * {@code createdAt}, {@code lastUpdatedAt}), as {@link CortexClient#getWorkflow(String)} does; the blocks are
   * there when the list was asked for them ({@link WorkflowQuery#withActions()}).
   *
   * @throws IllegalArgumentException when the definition cannot be read as a workflow
   */
  public Workflow workflow() {
    return LiveWorkflows.read(json);
  }

  /** {@code tag (name)}, without the definition text. */
  @Override
  public String toString() {
    return tag + " (" + name + ")";
  }
}

package dev.cortexflow.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CortexClient#listWorkflows(WorkflowQuery)} asks for: query parameters {@code includeActions},
 * {@code searchQuery} and {@code pageSize}. The client follows every page itself.
 *
 * <pre>{@code
 * client.listWorkflows(WorkflowQuery.all().withActions().pageSize(1000));
 * }</pre>
 *
 * @param includeActions whether each workflow includes its {@code actions}
 * @param searchQuery substring of name or description to filter by
 * @param pageSize workflows per page, 1 to 1000
 */
public record WorkflowQuery(boolean includeActions, Optional<String> searchQuery, int pageSize) {

  /** The largest page the API serves. */
  public static final int MAX_PAGE_SIZE = 1000;

  /** Checks the components. */
  public WorkflowQuery {
    Objects.requireNonNull(searchQuery, "searchQuery");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize " + pageSize + " is not valid: use 1 to " + MAX_PAGE_SIZE);
    }
  }

  /** Every workflow, without actions, 1000 per page. */
  public static WorkflowQuery all() {
    return new WorkflowQuery(false, Optional.empty(), MAX_PAGE_SIZE);
  }

  /** This query with {@code includeActions=true}. */
  public WorkflowQuery withActions() {
    return new WorkflowQuery(true, searchQuery, pageSize);
  }

  /** This query with {@code searchQuery} set to {@code text}. */
  public WorkflowQuery search(String text) {
    return new WorkflowQuery(includeActions, Optional.of(Objects.requireNonNull(text, "text")), pageSize);
  }

  /** This query with {@code pageSize} set to {@code size} (1 to 1000). */
  public WorkflowQuery pageSize(int size) {
    return new WorkflowQuery(includeActions, searchQuery, size);
  }
}

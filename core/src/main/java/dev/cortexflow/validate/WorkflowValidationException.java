package dev.cortexflow.validate;

import java.util.List;

/**
 * Thrown when a workflow with ERROR violations is built, rendered or pushed. The message lists every problem,
 * one per line:
 *
 * <pre>
 * Workflow 'deploy-service' has 2 problems:
 * 1) ERROR UNKNOWN_TARGET at /actions/1/outgoingActions/0: block 'deploy' names 'notfy', which is no block
 * 2) ERROR MULTIPLE_ROOTS at /actions: expected exactly 1 root block, found 2 (deploy, notify)
 * </pre>
 *
 * Fix each violation at its JSON pointer; {@link #violations()} gives them as values.
 */
public final class WorkflowValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String tag;
  private final transient List<Violation> violations;

  /** Creates the exception for the workflow with the given tag. */
  public WorkflowValidationException(String tag, List<Violation> violations) {
    super(message(tag, violations));
    this.tag = tag;
    this.violations = List.copyOf(violations);
  }

  /** The tag of the invalid workflow. */
  public String tag() {
    return tag;
  }

  /** Every violation, errors and warnings. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String tag, List<Violation> violations) {
    StringBuilder sb = new StringBuilder("Workflow '").append(tag).append("' has ").append(violations.size())
        .append(violations.size() == 1 ? " problem:" : " problems:");
    for (int i = 0; i < violations.size(); i++) {
      sb.append('\n').append(i + 1).append(") ").append(violations.get(i));
    }
    return sb.toString();
  }
}

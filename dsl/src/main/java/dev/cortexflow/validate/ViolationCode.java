package dev.cortexflow.validate;

/**
 * The stable codes of cortexflow's violations. Codes are API: tools may match on them; their meaning never
 * changes.
 */
public enum ViolationCode {
  /** A field Cortex requires is absent. */
  MISSING_FIELD,
  /** A value has the wrong JSON type, is not in its vocabulary, or breaks a charset rule (tag, slug). */
  INVALID_VALUE,
  /** A block, input field, filter or source type cortexflow does not know. */
  UNKNOWN_TYPE,
  /**
   * Two workflows of one set share a tag, their identity in Cortex, so a push would keep only one of them. Found
   * by {@link WorkflowValidator#validateAll(java.util.List)} and by {@code cortexflow validate} over several
   * files, never by the validation of a single workflow.
   */
  DUPLICATE_TAG,
  /** Two blocks share a slug. */
  DUPLICATE_SLUG,
  /** Two variables share a slug. */
  DUPLICATE_VARIABLE,
  /** Two fields of one form share a key. */
  DUPLICATE_INPUT_KEY,
  /** No block is the root. */
  NO_ROOT,
  /** More than one block is the root. */
  MULTIPLE_ROOTS,
  /** An edge names a slug that is no block. */
  UNKNOWN_TARGET,
  /** The block graph has a cycle; the message prints it. */
  CYCLE,
  /** A block cannot be reached from the root. */
  UNREACHABLE,
  /** A block that is not a branch has more than one successor. */
  FAN_OUT,
  /** A branch block's outgoingActions differ from its paths' first blocks. */
  BRANCH_MISMATCH,
  /** A branch path never reaches the joining action, or starts at it. */
  JOIN_MISMATCH,
  /** A reference names a variable that is not declared. */
  UNDECLARED_VARIABLE,
  /** A reference names a block that does not exist. */
  UNKNOWN_ACTION_REFERENCE,
  /** A reference reads the outputs of a block that has not run before the reader (on all or some paths). */
  NOT_UPSTREAM,
  /** A GLOBAL workflow reads {@code context.entity}. */
  ENTITY_CONTEXT_IN_GLOBAL,
  /** An integration alias is templated; Cortex needs a literal alias. */
  TEMPLATED_ALIAS,
  /** An input override names a field key the form does not have. */
  UNKNOWN_INPUT_KEY,
  /**
   * A reference reads an output that its block never has: a key of a USER_INPUT block's outputs that is no field
   * of its form, or a JQ block's output other than {@code result}.
   */
  UNKNOWN_OUTPUT_KEY
}

package dev.cortexflow.validate;

/**
 * The stable codes of cortexflow's own rules. Codes are API: tools may match on them; their meaning never
 * changes. An organisation's rules have codes of their own ({@link RuleCode#of(String, String)}).
 */
public enum ViolationCode implements RuleCode {
  /** A field Cortex requires is absent. */
  MISSING_FIELD("A field Cortex requires is absent: add it."),
  /** A value has the wrong JSON type, is not in its vocabulary, or breaks a charset rule (tag, slug). */
  INVALID_VALUE("A value has the wrong JSON type, is not in its vocabulary, or breaks a charset rule: correct it."),
  /** A block, input field, filter or source type cortexflow does not know. */
  UNKNOWN_TYPE("A block, input field, filter or source type cortexflow does not know: check its spelling."),
  /**
   * Two workflows of one set share a tag, their identity in Cortex, so a push would keep only one of them. Found
   * by {@link WorkflowValidator#validateAll(java.util.List)} and by {@code cortexflow validate} over several
   * files, never by the validation of a single workflow.
   */
  DUPLICATE_TAG("Two workflows of one set share a tag, so a push keeps only one of them: give each its own tag."),
  /**
   * The JSON body a push sends for the workflow is larger than Cortex accepts
   * ({@link WorkflowValidator#MAX_DESCRIPTOR_BYTES}). Found by {@code WorkflowJson.sizeViolation}, by
   * {@code cortexflow validate} and before a push, never by the validation of the model alone.
   */
  DESCRIPTOR_TOO_LARGE("The descriptor is larger than the 2 MB Cortex accepts in one request: split the workflow."),
  /** Two blocks share a slug. */
  DUPLICATE_SLUG("Two blocks share a slug: rename one."),
  /** Two variables share a slug. */
  DUPLICATE_VARIABLE("Two variables share a slug: rename one."),
  /** Two fields of one form share a key. */
  DUPLICATE_INPUT_KEY("Two fields of one form share a key: rename one."),
  /** No block is the root. */
  NO_ROOT("No block is the root: mark the first block with isRootAction."),
  /** More than one block is the root. */
  MULTIPLE_ROOTS("More than one block is the root: keep isRootAction on one block only."),
  /** An edge names a slug that is no block. */
  UNKNOWN_TARGET("An edge names a slug that is no block: name an existing block."),
  /** The block graph has a cycle; the message prints it. */
  CYCLE("The block graph has a cycle: break the loop."),
  /** A block cannot be reached from the root. */
  UNREACHABLE("A block cannot be reached from the root: connect it or remove it."),
  /** A block that is not a branch has more than one successor. */
  FAN_OUT("A block that is not a branch has more than one successor: use a CONDITIONAL_BRANCH block."),
  /** A branch block's outgoingActions differ from its paths' first blocks. */
  BRANCH_MISMATCH("A branch block's outgoingActions differ from its paths' first blocks: make them agree."),
  /** A branch path never reaches the joining action, or starts at it. */
  JOIN_MISMATCH("A branch path never reaches the joining action, or starts at it: wire the path to the join."),
  /** A reference names a variable that is not declared. */
  UNDECLARED_VARIABLE("A reference names a variable that is not declared: declare it or fix the name."),
  /** A reference names a block that does not exist. */
  UNKNOWN_ACTION_REFERENCE("A reference names a block that does not exist: fix the slug."),
  /** A reference reads the outputs of a block that has not run before the reader (on all or some paths). */
  NOT_UPSTREAM("A reference reads a block that has not run before the reader on every path: read it later."),
  /** A GLOBAL workflow reads {@code context.entity}. */
  ENTITY_CONTEXT_IN_GLOBAL("A GLOBAL workflow reads context.entity: make the workflow ENTITY-scoped or drop the read."),
  /** An integration alias is templated; Cortex needs a literal alias. */
  TEMPLATED_ALIAS("An integration alias is templated; Cortex needs a literal alias."),
  /** An input override names a field key the form does not have. */
  UNKNOWN_INPUT_KEY("An input override names a field key the form does not have: fix the key."),
  /**
   * A reference reads an output that its block never has: a key of a USER_INPUT block's outputs that is no field
   * of its form, or a JQ block's output other than {@code result}.
   */
  UNKNOWN_OUTPUT_KEY("A reference reads an output its block never has: read a field of the form, or result of a"
      + " JQ block.");

  private final String help;

  ViolationCode(String help) {
    this.help = help;
  }

  @Override
  public String help() {
    return help;
  }
}

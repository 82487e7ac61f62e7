package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import java.util.List;

/**
 * One concern of the validator. The validator walks a workflow once: {@link #checkWorkflow} sees the parts
 * outside the blocks and the block graph as a whole; then each block, in file order, goes to
 * {@link #checkBlock} of every rule, and each reference found in that block to {@link #checkReference}, while the
 * block's data is still in the processor's caches. Response-template references come before the first block. A
 * rule adds every violation it finds and never stops at the first; the validator sorts them afterwards.
 */
interface ValidationRule {

  /** Checks the workflow's own fields, or the block graph as a whole. */
  default void checkWorkflow(ValidationContext context, List<Violation> out) {}

  /** Checks one block, {@code context.blocks().get(index)}. */
  default void checkBlock(ValidationContext context, int index, Block block, List<Violation> out) {}

  /** Checks one reference found in a block's strings or in a response template. */
  default void checkReference(ValidationContext context, LocatedReference reference, List<Violation> out) {}
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import java.util.ArrayList;
import java.util.List;

/** Exactly one block is the root ({@code isRootAction: true}): NO_ROOT, MULTIPLE_ROOTS. */
final class RootCountRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    List<Block> blocks = context.blocks();
    if (blocks.isEmpty()) {
      // Cortex accepts an empty actions list; such a workflow does nothing when run.
      out.add(Violation.warning(ViolationCode.NO_ROOT, "/actions",
          "the workflow has no blocks, so a run does nothing: add a block with isRootAction: true"));
      return;
    }
    List<String> roots = new ArrayList<>();
    for (int root : context.graph().roots()) {
      roots.add(blocks.get(root).slug());
    }
    if (roots.isEmpty()) {
      out.add(Violation.error(ViolationCode.NO_ROOT, "/actions",
          "no block is the root: set isRootAction: true on the block that runs first"));
    } else if (roots.size() > 1) {
      out.add(Violation.error(ViolationCode.MULTIPLE_ROOTS, "/actions",
          "expected exactly 1 root block, found " + roots.size() + " (" + ValidationContext.join(roots)
              + "): keep isRootAction: true on the block that runs first only"));
    }
  }
}

package dev.cortexflow.validate;

import java.util.List;

/** Every block can be reached from the single root (UNREACHABLE); skipped when the root is not unique. */
final class ReachabilityRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    BlockGraph graph = context.graph();
    if (graph.root() < 0) {
      return;
    }
    String root = context.blocks().get(graph.root()).slug();
    for (int i = 0; i < graph.size(); i++) {
      if (!graph.isReachable(i)) {
        out.add(Violation.error(ViolationCode.UNREACHABLE, "/actions/" + i, context.label(i)
            + ": no path from the root '" + root + "' leads here, so it never runs: name it in the"
            + " outgoingActions of the block before it, or remove it"));
      }
    }
  }
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.WorkflowGraph;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A branch is wired the way Cortex exports it (spec §6.6): its outgoingActions are exactly its paths' first
 * blocks (BRANCH_MISMATCH), and with a joiningAction every path starts elsewhere and reaches it (JOIN_MISMATCH).
 */
final class BranchWiringRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block b, List<Violation> out) {
    if (b.schema() instanceof ConditionalBranch branch) {
      outgoing(context, out, i, b, branch);
      branch.joiningAction().ifPresent(join -> join(context, out, i, branch, join));
    }
  }

  private static void outgoing(ValidationContext context, List<Violation> out, int i, Block b,
      ConditionalBranch branch) {
    Set<String> expected = new LinkedHashSet<>(WorkflowGraph.pathTargets(b));
    if (!expected.equals(new LinkedHashSet<>(b.outgoingActions()))) {
      out.add(Violation.error(ViolationCode.BRANCH_MISMATCH, "/actions/" + i + "/outgoingActions",
          context.label(i) + ": outgoingActions is [" + ValidationContext.join(b.outgoingActions())
              + "], but its paths start at [" + ValidationContext.join(expected)
              + "]: list exactly the first block of every path, fallback last"));
    }
  }

  private static void join(ValidationContext context, List<Violation> out, int i, ConditionalBranch branch,
      String join) {
    int joinIndex = context.indexOf(join);
    List<BranchPath> paths = branch.branches();
    for (int k = 0; k < paths.size(); k++) {
      path(context, out, i, "/actions/" + i + "/schema/branches/" + k, "path '" + paths.get(k).slug() + "'",
          paths.get(k).outgoingAction(), join, joinIndex);
    }
    branch.fallbackBranch().ifPresent(f -> path(context, out, i, "/actions/" + i + "/schema/fallbackBranch",
        "fallback path '" + f.slug() + "'", f.outgoingAction(), join, joinIndex));
  }

  private static void path(ValidationContext context, List<Violation> out, int i, String at, String what,
      Optional<String> first, String join, int joinIndex) {
    String label = context.label(i) + ": " + what;
    if (first.isEmpty()) {
      out.add(Violation.error(ViolationCode.JOIN_MISMATCH, at, label + " has no outgoingAction, so it never"
          + " reaches the joining action '" + join + "': start it with a block (a JQ '.' pass-through when the"
          + " path does nothing) that leads to '" + join + "'"));
    } else if (first.get().equals(join)) {
      out.add(Violation.error(ViolationCode.JOIN_MISMATCH, at + "/outgoingAction", label
          + " starts at the joining action '" + join + "': give the path its own first block (a JQ '.'"
          + " pass-through when the path does nothing)"));
    } else {
      int start = context.indexOf(first.get());
      if (start >= 0 && joinIndex >= 0 && !context.graph().reaches(start, joinIndex)) {
        out.add(Violation.error(ViolationCode.JOIN_MISMATCH, at + "/outgoingAction", label + " starts at '"
            + first.get() + "', which never reaches the joining action '" + join
            + "': end the path with outgoingActions: [" + join + "]"));
      }
    }
  }
}

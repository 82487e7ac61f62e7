package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
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
  public void check(ValidationContext context, List<Violation> out) {
    for (int i = 0; i < context.blocks().size(); i++) {
      Block b = context.blocks().get(i);
      if (b.schema() instanceof ConditionalBranch branch) {
        outgoing(context, out, i, b, branch);
        int block = i;
        branch.joiningAction().ifPresent(join -> join(context, out, block, branch, join));
      }
    }
  }

  private static void outgoing(ValidationContext context, List<Violation> out, int i, Block b,
      ConditionalBranch branch) {
    Set<String> expected = new LinkedHashSet<>();
    branch.branches().forEach(p -> p.outgoingAction().ifPresent(expected::add));
    branch.fallbackBranch().flatMap(f -> f.outgoingAction()).ifPresent(expected::add);
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
      if (start >= 0 && joinIndex >= 0 && !reaches(context.graph(), start, joinIndex)) {
        out.add(Violation.error(ViolationCode.JOIN_MISMATCH, at + "/outgoingAction", label + " starts at '"
            + first.get() + "', which never reaches the joining action '" + join
            + "': end the path with outgoingActions: [" + join + "]"));
      }
    }
  }

  /**
   * Searches forward from the path's first block, never past the join, so the cost is the size of the path
   * (sequential branches stay linear overall; nested ones cost their nesting depth).
   */
  private static boolean reaches(BlockGraph graph, int from, int join) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.push(from);
    seen.add(from);
    while (!todo.isEmpty()) {
      int v = todo.pop();
      for (int s : graph.successors(v)) {
        if (s == join) {
          return true;
        }
        if (seen.add(s)) {
          todo.push(s);
        }
      }
    }
    return false;
  }
}

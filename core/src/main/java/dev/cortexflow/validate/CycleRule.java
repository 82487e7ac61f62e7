package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;

/**
 * The block graph has no cycle (CYCLE). An iterative depth-first search, from the root first and then from every
 * block in file order, reports each edge that closes a cycle and prints the cycle ({@code a -> b -> a}).
 */
final class CycleRule implements ValidationRule {

  private static final int MAX_REPORTED = ValidationContext.MAX_LISTED;

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    BlockGraph graph = context.graph();
    int n = graph.size();
    byte[] state = new byte[n]; // 0 new, 1 on the current path, 2 done
    int[] path = new int[n];
    int[] positionOnPath = new int[n];
    int[] nextEdge = new int[n];
    int reported = 0;
    for (int k = -1; k < n && reported < MAX_REPORTED; k++) {
      int start = k < 0 ? graph.root() : k;
      if (start < 0 || state[start] != 0) {
        continue;
      }
      int depth = 0;
      positionOnPath[start] = 0;
      path[depth++] = start;
      state[start] = 1;
      while (depth > 0 && reported < MAX_REPORTED) {
        int v = path[depth - 1];
        int[] successors = graph.successors(v);
        if (nextEdge[v] == successors.length) {
          state[v] = 2;
          depth--;
          continue;
        }
        int s = successors[nextEdge[v]++];
        if (state[s] == 0) {
          state[s] = 1;
          positionOnPath[s] = depth;
          path[depth++] = s;
        } else if (state[s] == 1) {
          out.add(cycle(context, path, positionOnPath[s], depth, s));
          reported++;
        }
      }
    }
  }

  private static Violation cycle(ValidationContext context, int[] path, int from, int depth, int closing) {
    List<Block> blocks = context.blocks();
    StringBuilder printed = new StringBuilder();
    for (int i = from; i < depth; i++) {
      printed.append(blocks.get(path[i]).slug()).append(" -> ");
    }
    printed.append(blocks.get(closing).slug());
    int last = path[depth - 1];
    String target = blocks.get(closing).slug();
    return Violation.error(ViolationCode.CYCLE, edgePointer(blocks.get(last), last, target),
        context.label(last) + ": the edge to '" + target + "' closes the cycle " + printed
            + ": remove one edge of the cycle, workflows cannot loop");
  }

  /** The pointer of the edge from a block to a target: in outgoingActions, else in a branch path. */
  private static String edgePointer(Block b, int index, String target) {
    String at = "/actions/" + index;
    int k = b.outgoingActions().indexOf(target);
    if (k >= 0) {
      return at + "/outgoingActions/" + k;
    }
    if (b.schema() instanceof ConditionalBranch branch) {
      List<BranchPath> paths = branch.branches();
      for (int i = 0; i < paths.size(); i++) {
        if (paths.get(i).outgoingAction().filter(target::equals).isPresent()) {
          return at + "/schema/branches/" + i + "/outgoingAction";
        }
      }
      return at + "/schema/fallbackBranch/outgoingAction";
    }
    return at + "/outgoingActions";
  }
}

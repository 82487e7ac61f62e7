package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.WorkflowGraph;
import java.util.List;

/**
 * The block graph as int arrays: successors (outgoingActions plus branch path targets, resolved, without
 * duplicates), the roots, reachability from the single root and a topological order. Run-order questions go to
 * {@link RunOrder}, built on first use. Everything is iterative and linear, so a 20,000-block chain neither
 * overflows the stack nor takes quadratic time.
 */
final class BlockGraph {

  private final int size;
  private final int[][] successors;
  private final int[] roots;
  private final int root;
  private final boolean[] reachable;
  /** Reachable blocks in topological order, or null when they contain a cycle. */
  private final int[] topo;
  private RunOrder runOrder;
  private final ForwardSearch search;

  BlockGraph(ValidationContext context) {
    List<Block> blocks = context.blocks();
    size = blocks.size();
    successors = new int[size][];
    int[] seen = new int[size];
    int[] buffer = new int[16];
    int[] rootList = new int[4];
    int rootCount = 0;
    for (int i = 0; i < size; i++) {
      Block b = blocks.get(i);
      if (b.isRootAction()) {
        if (rootCount == rootList.length) {
          rootList = java.util.Arrays.copyOf(rootList, rootCount * 2);
        }
        rootList[rootCount++] = i;
      }
      int count = 0;
      for (String target : WorkflowGraph.targets(b)) {
        int t = context.indexOf(target);
        if (t >= 0 && seen[t] != i + 1) {
          seen[t] = i + 1;
          if (count == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, count * 2);
          }
          buffer[count++] = t;
        }
      }
      successors[i] = java.util.Arrays.copyOf(buffer, count);
    }
    roots = java.util.Arrays.copyOf(rootList, rootCount);
    root = rootCount == 1 ? roots[0] : -1;
    reachable = new boolean[size];
    topo = root < 0 ? null : order();
    search = new ForwardSearch(successors);
  }

  int size() {
    return size;
  }

  int[] successors(int block) {
    return successors[block];
  }

  /** The blocks with {@code isRootAction: true}, in file order. */
  int[] roots() {
    return roots.clone();
  }

  /** The single root, or -1 when there is none or more than one. */
  int root() {
    return root;
  }

  /** Whether the block is reachable from the single root (false for all when there is no single root). */
  boolean isReachable(int block) {
    return reachable[block];
  }

  /** Whether the reachable part is a DAG with one root, so that run order questions have answers. */
  boolean isOrdered() {
    return topo != null;
  }

  /**
   * Whether {@code writer} runs before {@code reader} on every path from the root (it dominates it). Only for
   * an ordered graph.
   */
  boolean alwaysRunsBefore(int writer, int reader) {
    return runOrder().alwaysRunsBefore(writer, reader);
  }

  /**
   * Whether a path leads from {@code from} to {@code to}. On an ordered graph, for reachable blocks, mostly
   * answered without a search (see {@link RunOrder}); otherwise (a cycle, no single root, or an unreachable
   * start) by a forward search.
   */
  boolean reaches(int from, int to) {
    if (from == to) {
      return false;
    }
    if (isOrdered() && reachable[from]) {
      return reachable[to] && runOrder().reaches(from, to);
    }
    return search.reaches(from, to, s -> true);
  }

  /** Edges followed by reachability searches so far; zero on chain-and-branch graphs. For tests. */
  long searchSteps() {
    return search.steps();
  }

  /** Steps up the dominator trees so far (see {@link RunOrder#treeSteps()}). For tests of the cost claims. */
  long treeSteps() {
    return runOrder == null ? 0 : runOrder.treeSteps();
  }

  private RunOrder runOrder() {
    if (runOrder == null) {
      runOrder = new RunOrder(successors, root, topo, search);
    }
    return runOrder;
  }

  /** Marks reachable blocks and returns them in topological order (Kahn), or null on a cycle. */
  private int[] order() {
    int[] queue = new int[size];
    int tail = 0;
    queue[tail++] = root;
    reachable[root] = true;
    for (int head = 0; head < tail; head++) {
      for (int s : successors[queue[head]]) {
        if (!reachable[s]) {
          reachable[s] = true;
          queue[tail++] = s;
        }
      }
    }
    int[] indegree = new int[size];
    for (int k = 0; k < tail; k++) {
      for (int s : successors[queue[k]]) {
        indegree[s]++;
      }
    }
    int[] sorted = new int[tail];
    int count = 0;
    if (indegree[root] == 0) {
      sorted[count++] = root;
    }
    for (int head = 0; head < count; head++) {
      int v = sorted[head];
      for (int s : successors[v]) {
        if (--indegree[s] == 0) {
          sorted[count++] = s;
        }
      }
    }
    return count == tail ? sorted : null;
  }
}

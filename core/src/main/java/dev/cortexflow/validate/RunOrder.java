package dev.cortexflow.validate;

import java.util.Arrays;

/**
 * Run-order questions over an ordered block graph (one root, no cycle): does a block run before another on every
 * path (it dominates it), or on at least one (it reaches it)?
 *
 * <p>Built once in time linear in blocks and edges: two depth-first orders (successors first-to-last and
 * last-to-first), the dominator tree with skew-binary jump pointers, and the post-dominator tree towards a virtual
 * exit behind every last block. A question is then answered without searching in three ways:
 *
 * <ul>
 *   <li>Both depth-first orders are topological, so a block that comes after the other in either of them cannot
 *       reach it. On graphs built from chains and branches (every shape the DSL writes) this rules out every
 *       unreachable pair.
 *   <li>A writer reaches a reader when some block post-dominates the writer (every path from the writer to the end
 *       passes it) and dominates the reader (every path from the root to the reader passes it). It is enough to
 *       test the earliest dominator of the reader that comes after the writer, found in logarithmic time with the
 *       jump pointers. On chain-and-branch graphs this finds every reachable pair.
 *   <li>Only where neither decides (a graph read from a file with edges that cross between branch paths) a
 *       forward search runs, pruned to blocks that come before the reader in both orders.
 * </ul>
 */
final class RunOrder {

  private final int[][] successors;
  private final int root;
  private final int reachableCount;
  private final ForwardSearch search;
  /** Reverse postorder of the depth-first search taking successors first to last (0 for the root). */
  private final int[] firstOrder;
  /** Reachable blocks sorted by {@link #firstOrder}. */
  private final int[] order;
  private final int[] idom;
  private final int[] domPre;
  private final int[] domPost;
  /**
   * Built on the first {@link #reaches} question (a workflow whose every read is dominated needs none of it):
   * the reverse postorder taking successors last to first, the jump pointers and the post-dominator intervals.
   */
  private int[] lastOrder;
  private int[] jump;
  private int[] pdomPre;
  private int[] pdomPost;
  private long treeSteps;

  /**
   * @param successors successors of every block
   * @param root the single root
   * @param reachable the blocks reachable from the root, in a topological order
   * @param search the search for what the labels leave open
   */
  RunOrder(int[][] successors, int root, int[] reachable, ForwardSearch search) {
    this.successors = successors;
    this.search = search;
    this.root = root;
    reachableCount = reachable.length;
    firstOrder = depthFirstOrder(successors, root, reachableCount, false);
    order = new int[reachableCount];
    for (int v : reachable) {
      order[firstOrder[v]] = v;
    }
    idom = dominators(order);
    int[][] dom = TreeIntervals.of(idom, root, order, successors.length);
    domPre = dom[0];
    domPost = dom[1];
  }

  private void buildReachability() {
    lastOrder = depthFirstOrder(successors, root, reachableCount, true);
    jump = jumpPointers(order);
    int[][] pdom = TreeIntervals.of(postDominators(order), successors.length, order, successors.length + 1);
    pdomPre = pdom[0];
    pdomPost = pdom[1];
  }

  /** Whether {@code writer} runs before {@code reader} on every path from the root (it dominates it). */
  boolean alwaysRunsBefore(int writer, int reader) {
    return writer != reader && domPre[writer] <= domPre[reader] && domPost[reader] <= domPost[writer];
  }

  /** Whether {@code writer} runs before {@code reader} on at least one path (a path leads from one to the other). */
  boolean reaches(int writer, int reader) {
    if (lastOrder == null) {
      buildReachability();
    }
    if (writer == reader || firstOrder[writer] >= firstOrder[reader] || lastOrder[writer] >= lastOrder[reader]) {
      return false;
    }
    if (alwaysRunsBefore(writer, reader) || postDominates(earliestDominatorAfter(reader, writer), writer)) {
      return true;
    }
    return search.reaches(writer, reader,
        s -> firstOrder[s] < firstOrder[reader] && lastOrder[s] < lastOrder[reader]);
  }

  /** Steps taken up the dominator and post-dominator trees, while building and by questions. For tests. */
  long treeSteps() {
    return treeSteps;
  }

  /**
   * The highest block on the dominator-tree path from {@code reader} up that comes after {@code writer} in the
   * first order (the reader itself when its immediate dominator does not). Orders grow down the tree, so the jump
   * pointers can skip.
   */
  private int earliestDominatorAfter(int reader, int writer) {
    int limit = firstOrder[writer];
    int a = reader;
    while (a != root && firstOrder[idom[a]] > limit) {
      a = firstOrder[jump[a]] > limit ? jump[a] : idom[a];
      treeSteps++;
    }
    return a;
  }

  private boolean postDominates(int block, int of) {
    return pdomPre[block] <= pdomPre[of] && pdomPost[of] <= pdomPost[block];
  }

  /** Reverse postorder numbers (0 for the root) of an iterative depth-first search; -1 for unreachable blocks. */
  private static int[] depthFirstOrder(int[][] successors, int root, int reachable, boolean lastFirst) {
    int n = successors.length;
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] next = new int[n];
    int[] path = new int[reachable];
    boolean[] seen = new boolean[n];
    int depth = 0;
    int clock = reachable;
    path[depth++] = root;
    seen[root] = true;
    while (depth > 0) {
      int v = path[depth - 1];
      int[] out = successors[v];
      if (next[v] < out.length) {
        int s = out[lastFirst ? out.length - 1 - next[v] : next[v]];
        next[v]++;
        if (!seen[s]) {
          seen[s] = true;
          path[depth++] = s;
        }
      } else {
        number[v] = --clock;
        depth--;
      }
    }
    return number;
  }

  /** Immediate dominators (Cooper, Harvey, Kennedy: one pass suffices in topological order of a DAG). */
  private int[] dominators(int[] order) {
    int[] parent = new int[successors.length];
    Arrays.fill(parent, -1);
    parent[root] = root;
    for (int v : order) {
      for (int s : successors[v]) {
        parent[s] = parent[s] < 0 ? v : intersect(parent, firstOrder, v, parent[s]);
      }
    }
    return parent;
  }

  /** Skew-binary jump pointers (Myers): every ancestor on the dominator tree in O(log depth) jumps. */
  private int[] jumpPointers(int[] order) {
    int[] depth = new int[successors.length];
    int[] jumps = new int[successors.length];
    jumps[root] = root;
    for (int v : order) {
      if (v == root) {
        continue;
      }
      int p = idom[v];
      depth[v] = depth[p] + 1;
      int j = jumps[p];
      jumps[v] = depth[p] - depth[j] == depth[j] - depth[jumps[j]] ? jumps[j] : p;
    }
    return jumps;
  }

  /**
   * Immediate post-dominators towards a virtual exit (index {@code successors.length}) that follows every block
   * without successors, computed in reverse topological order.
   */
  private int[] postDominators(int[] order) {
    int exit = successors.length;
    int[] parent = new int[exit + 1];
    Arrays.fill(parent, -1);
    parent[exit] = exit;
    int[] rank = new int[exit + 1]; // position counted from the end: the exit first
    rank[exit] = 0;
    for (int k = order.length - 1; k >= 0; k--) {
      int v = order[k];
      rank[v] = order.length - k;
      int[] out = successors[v];
      int p = out.length == 0 ? exit : out[0];
      for (int i = 1; i < out.length; i++) {
        p = intersect(parent, rank, p, out[i]);
      }
      parent[v] = p;
    }
    return parent;
  }

  /**
   * The nearest common ancestor of {@code a} and {@code b} in a tree whose {@code rank} grows away from the root
   * (Cooper, Harvey, Kennedy).
   */
  private int intersect(int[] parent, int[] rank, int a, int b) {
    while (a != b) {
      while (rank[a] > rank[b]) {
        a = parent[a];
        treeSteps++;
      }
      while (rank[b] > rank[a]) {
        b = parent[b];
        treeSteps++;
      }
    }
    return a;
  }
}

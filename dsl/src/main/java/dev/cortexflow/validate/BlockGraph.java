package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;

/**
 * The block graph as int arrays: successors (outgoingActions plus branch path targets, resolved, without
 * duplicates), reachability from the single root, a topological order and the dominator tree. Everything is
 * iterative and linear, so a 10,000-block chain neither overflows the stack nor takes quadratic time.
 */
final class BlockGraph {

  private final int size;
  private final int[][] successors;
  private final int root;
  private final boolean[] reachable;
  /** Reachable blocks in topological order, or null when they contain a cycle. */
  private final int[] topo;
  private final int[] topoIndex;
  private int[] preorder;
  private int[] postorder;
  private int[] stamp;
  private int[] searchStack;
  private int stampValue;

  BlockGraph(ValidationContext context) {
    List<Block> blocks = context.blocks();
    size = blocks.size();
    successors = new int[size][];
    int[] seen = new int[size];
    int[] buffer = new int[16];
    int rootCount = 0;
    int firstRoot = -1;
    for (int i = 0; i < size; i++) {
      Block b = blocks.get(i);
      if (b.isRootAction()) {
        rootCount++;
        firstRoot = firstRoot < 0 ? i : firstRoot;
      }
      int count = 0;
      for (String target : targets(b)) {
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
    root = rootCount == 1 ? firstRoot : -1;
    reachable = new boolean[size];
    topoIndex = new int[size];
    topo = root < 0 ? null : order();
  }

  /** The slugs a block leads to: its outgoingActions, then (for a branch) its paths' targets. */
  static Iterable<String> targets(Block b) {
    if (!(b.schema() instanceof ConditionalBranch branch)) {
      return b.outgoingActions();
    }
    java.util.ArrayList<String> all = new java.util.ArrayList<>(b.outgoingActions());
    for (BranchPath p : branch.branches()) {
      p.outgoingAction().ifPresent(all::add);
    }
    branch.fallbackBranch().flatMap(f -> f.outgoingAction()).ifPresent(all::add);
    return all;
  }

  int size() {
    return size;
  }

  int[] successors(int block) {
    return successors[block];
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

  /** Whether {@code writer} runs before {@code reader} on every path from the root (it dominates it). */
  boolean alwaysRunsBefore(int writer, int reader) {
    dominators();
    return writer != reader && preorder[writer] <= preorder[reader] && postorder[reader] <= postorder[writer];
  }

  /**
   * Whether {@code writer} runs before {@code reader} on at least one path. Searches forward from the writer, but
   * only through blocks that come before the reader in topological order.
   */
  boolean sometimesRunsBefore(int writer, int reader) {
    if (writer == reader || topoIndex[writer] >= topoIndex[reader]) {
      return false;
    }
    if (stamp == null) {
      stamp = new int[size];
      searchStack = new int[size];
    }
    stampValue++;
    int[] stack = searchStack;
    int top = 0;
    stack[top++] = writer;
    stamp[writer] = stampValue;
    int limit = topoIndex[reader];
    while (top > 0) {
      int v = stack[--top];
      for (int s : successors[v]) {
        if (s == reader) {
          return true;
        }
        if (stamp[s] != stampValue && topoIndex[s] < limit) {
          stamp[s] = stampValue;
          stack[top++] = s;
        }
      }
    }
    return false;
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
      topoIndex[v] = head;
      for (int s : successors[v]) {
        if (--indegree[s] == 0) {
          sorted[count++] = s;
        }
      }
    }
    return count == tail ? sorted : null;
  }

  /** Immediate dominators over the DAG (Cooper, Harvey, Kennedy in topological order), then tree intervals. */
  private void dominators() {
    if (preorder != null) {
      return;
    }
    int[] idom = new int[size];
    java.util.Arrays.fill(idom, -1);
    idom[root] = root;
    for (int v : topo) {
      for (int s : successors[v]) {
        idom[s] = idom[s] < 0 ? v : intersect(idom, v, idom[s]);
      }
    }
    intervals(idom);
  }

  private int intersect(int[] idom, int a, int b) {
    while (a != b) {
      while (topoIndex[a] > topoIndex[b]) {
        a = idom[a];
      }
      while (topoIndex[b] > topoIndex[a]) {
        b = idom[b];
      }
    }
    return a;
  }

  /** Pre- and post-order numbers of the dominator tree, so that "dominates" is an O(1) interval test. */
  private void intervals(int[] idom) {
    int[] childCount = new int[size + 1];
    for (int v : topo) {
      if (v != root) {
        childCount[idom[v] + 1]++;
      }
    }
    for (int i = 0; i < size; i++) {
      childCount[i + 1] += childCount[i];
    }
    int[] children = new int[topo.length];
    int[] fill = java.util.Arrays.copyOf(childCount, size);
    for (int v : topo) {
      if (v != root) {
        children[fill[idom[v]]++] = v;
      }
    }
    preorder = new int[size];
    postorder = new int[size];
    int[] stack = new int[topo.length];
    int[] next = new int[size];
    int top = 0;
    int clock = 0;
    stack[top++] = root;
    preorder[root] = clock++;
    next[root] = childCount[root];
    while (top > 0) {
      int v = stack[top - 1];
      if (next[v] < childCount[v + 1]) {
        int c = children[next[v]++];
        preorder[c] = clock++;
        next[c] = childCount[c];
        stack[top++] = c;
      } else {
        postorder[v] = clock++;
        top--;
      }
    }
  }
}

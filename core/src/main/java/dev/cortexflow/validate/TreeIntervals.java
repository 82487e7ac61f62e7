package dev.cortexflow.validate;

/**
 * Pre- and post-order numbers of a tree given by parent links, so that "is an ancestor of" becomes an O(1)
 * interval test: {@code a} is an ancestor of (or equal to) {@code b} when {@code pre[a] <= pre[b]} and
 * {@code post[b] <= post[a]}. Iterative, so a 20,000-deep tree does not overflow the stack.
 */
final class TreeIntervals {

  private TreeIntervals() {}

  /**
   * @param parent parent of every node in {@code nodes}; the root's entry is ignored
   * @param root the tree's root
   * @param nodes the tree's nodes, the root among them or not
   * @param size one more than the largest node number
   * @return {@code {pre, post}}, each of length {@code size}; nodes outside the tree get 0 in both
   */
  static int[][] of(int[] parent, int root, int[] nodes, int size) {
    int[] childStart = new int[size + 1];
    for (int v : nodes) {
      if (v != root) {
        childStart[parent[v] + 1]++;
      }
    }
    for (int i = 0; i < size; i++) {
      childStart[i + 1] += childStart[i];
    }
    int[] children = new int[nodes.length];
    int[] fill = java.util.Arrays.copyOf(childStart, size);
    for (int v : nodes) {
      if (v != root) {
        children[fill[parent[v]]++] = v;
      }
    }
    int[] pre = new int[size];
    int[] post = new int[size];
    int[] stack = new int[nodes.length + 1];
    int[] next = new int[size];
    int top = 0;
    int clock = 0;
    stack[top++] = root;
    pre[root] = clock++;
    next[root] = childStart[root];
    while (top > 0) {
      int v = stack[top - 1];
      if (next[v] < childStart[v + 1]) {
        int c = children[next[v]++];
        pre[c] = clock++;
        next[c] = childStart[c];
        stack[top++] = c;
      } else {
        post[v] = clock++;
        top--;
      }
    }
    return new int[][] {pre, post};
  }
}

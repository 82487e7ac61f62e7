package dev.cortexflow.validate;

import java.util.function.IntPredicate;

/**
 * A depth-first search forward through the block graph, for the questions the run-order labels cannot answer.
 * Reused across questions: visited blocks are stamped with a per-search number instead of being cleared. Counts
 * the edges it follows, so tests can pin what the search costs.
 */
final class ForwardSearch {

  private final int[][] successors;
  private int[] stamp;
  private int[] stack;
  private int stampValue;
  private long steps;

  ForwardSearch(int[][] successors) {
    this.successors = successors;
  }

  /** Whether a path leads from {@code from} to {@code to} through blocks that {@code mayPass} accepts. */
  boolean reaches(int from, int to, IntPredicate mayPass) {
    if (stamp == null) {
      stamp = new int[successors.length];
      stack = new int[successors.length];
    }
    stampValue++;
    int top = 0;
    stack[top++] = from;
    stamp[from] = stampValue;
    while (top > 0) {
      int v = stack[--top];
      for (int s : successors[v]) {
        steps++;
        if (s == to) {
          return true;
        }
        if (stamp[s] != stampValue && mayPass.test(s)) {
          stamp[s] = stampValue;
          stack[top++] = s;
        }
      }
    }
    return false;
  }

  /** Edges followed by all searches so far. */
  long steps() {
    return steps;
  }
}

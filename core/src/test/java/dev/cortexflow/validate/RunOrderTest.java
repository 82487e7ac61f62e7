package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Jq;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The run-order answers of {@link BlockGraph} checked against brute force on random graphs, and their cost pinned
 * by counting steps (never by timing): on chain-and-branch graphs no question needs a search, and building costs
 * a small constant per block and edge.
 */
class RunOrderTest {

  @Test
  void answersMatchBruteForceOnRandomGraphsWithCrossingEdges() {
    Random random = new Random(42);
    long searched = 0;
    for (int round = 0; round < 300; round++) {
      List<List<Integer>> edges = randomDag(random, 2 + random.nextInt(30));
      searched += assertMatchesBruteForce(edges).searchSteps();
    }
    assertThat(searched).as("the fallback search ran").isPositive();
  }

  @Test
  void answersMatchBruteForceOnRandomChainAndBranchGraphsWithoutAnySearch() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<List<Integer>> edges = new Structured(random).build(1 + random.nextInt(4));
      BlockGraph graph = assertMatchesBruteForce(edges);
      assertThat(graph.searchSteps()).as("search steps in round %d, %s", round, edges).isZero();
    }
  }

  @Test
  void aJoinReadingEveryBlockOfItsMiddlePathNeedsNoSearch() {
    for (int length : new int[] {1_000, 2_000}) {
      // root -> branch -> three paths of `length` blocks -> join; the join reads every middle-path block
      List<List<Integer>> edges = new ArrayList<>();
      int branch = add(edges, add(edges, -1));
      int join = -1;
      List<Integer> ends = new ArrayList<>();
      List<Integer> middle = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        int previous = branch;
        for (int i = 0; i < length; i++) {
          previous = add(edges, previous);
          if (p == 1) {
            middle.add(previous);
          }
        }
        ends.add(previous);
      }
      join = edges.size();
      edges.add(new ArrayList<>());
      ends.forEach(e -> edges.get(e).add(edges.size() - 1));
      BlockGraph graph = graph(edges);
      for (int m : middle) {
        assertThat(graph.reaches(m, join)).isTrue();
        assertThat(graph.alwaysRunsBefore(m, join)).isFalse();
      }
      assertThat(graph.searchSteps()).isZero();
      assertThat(graph.treeSteps()).isLessThanOrEqualTo(8L * edges.size());
    }
  }

  @Test
  void blocksDeepInALongChainReadingEarlyPathBlocksCostLogarithmicStepsEach() {
    for (int length : new int[] {5_000, 10_000}) {
      // root -> branch (two one-block paths) -> join -> chain of `length`; every chain block reads path a
      List<List<Integer>> edges = new ArrayList<>();
      int branch = add(edges, add(edges, -1));
      int a = add(edges, branch);
      int b = add(edges, branch);
      int join = add(edges, a);
      edges.get(b).add(join);
      int previous = join;
      List<Integer> chain = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        previous = add(edges, previous);
        chain.add(previous);
      }
      BlockGraph graph = graph(edges);
      for (int reader : chain) {
        assertThat(graph.reaches(a, reader)).isTrue();
        assertThat(graph.reaches(b, reader)).isTrue();
        assertThat(graph.reaches(reader, a)).isFalse();
      }
      assertThat(graph.searchSteps()).isZero();
      long perQuestion = (graph.treeSteps() - 4L * edges.size()) / (2L * length);
      assertThat(perQuestion).as("tree steps per question").isLessThanOrEqualTo(2 * 14);
    }
  }

  @Test
  void deeplyNestedBranchesBuildInLinearSteps() {
    long previous = 0;
    for (int depth : new int[] {1_000, 2_000}) {
      // each level: branch -> (inner level | one block) -> join
      List<List<Integer>> edges = new ArrayList<>();
      int root = add(edges, -1);
      List<Integer> joins = new ArrayList<>();
      int parent = root;
      for (int d = 0; d < depth; d++) {
        int branch = add(edges, parent);
        int side = add(edges, branch);
        joins.add(side);
        parent = branch;
      }
      int innermost = add(edges, parent);
      int last = innermost;
      for (int d = depth - 1; d >= 0; d--) {
        int join = edges.size();
        edges.add(new ArrayList<>());
        edges.get(last).add(join);
        edges.get(joins.get(d)).add(join);
        last = join;
      }
      BlockGraph graph = graph(edges);
      assertThat(graph.reaches(innermost, last)).isTrue();
      assertThat(graph.reaches(joins.get(0), innermost)).isFalse();
      assertThat(graph.searchSteps()).isZero();
      assertThat(graph.treeSteps()).isLessThanOrEqualTo(8L * edges.size());
      if (previous > 0) {
        assertThat(graph.treeSteps()).isLessThanOrEqualTo(2 * previous + 16);
      }
      previous = graph.treeSteps();
    }
  }

  @Test
  void cyclesAndUnreachableBlocksFallBackToASearch() {
    // 0 -> 1 -> 2 -> 1 (cycle); 3 -> 2 (unreachable)
    List<List<Integer>> edges = List.of(List.of(1), List.of(2), List.of(1), List.of(2));
    BlockGraph graph = graph(edges);
    assertThat(graph.isOrdered()).isFalse();
    assertThat(graph.reaches(0, 2)).isTrue();
    assertThat(graph.reaches(2, 0)).isFalse();
    assertThat(graph.reaches(3, 1)).isTrue();
    assertThat(graph.reaches(1, 3)).isFalse();
  }

  private static int add(List<List<Integer>> edges, int from) {
    edges.add(new ArrayList<>());
    int index = edges.size() - 1;
    if (from >= 0) {
      edges.get(from).add(index);
    }
    return index;
  }

  private static BlockGraph assertMatchesBruteForce(List<List<Integer>> edges) {
    BlockGraph graph = graph(edges);
    int n = edges.size();
    boolean[][] reach = new boolean[n][];
    for (int u = 0; u < n; u++) {
      reach[u] = reachableFrom(edges, u, -1);
    }
    List<String> wrong = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      boolean[] withoutU = reachableFrom(edges, 0, u);
      withoutU[0] = u != 0;
      for (int v = 0; v < n; v++) {
        boolean reaches = u != v && reach[u][v];
        if (graph.reaches(u, v) != reaches) {
          wrong.add("reaches(" + u + ", " + v + ") should be " + reaches);
        }
        if (u != v && graph.alwaysRunsBefore(u, v) == withoutU[v]) {
          wrong.add("alwaysRunsBefore(" + u + ", " + v + ") should be " + !withoutU[v]);
        }
      }
    }
    assertThat(wrong).as("in %s", edges).isEmpty();
    return graph;
  }

  /** Blocks reachable from {@code from} without passing {@code removed} ({@code from} itself only on a cycle). */
  private static boolean[] reachableFrom(List<List<Integer>> edges, int from, int removed) {
    boolean[] seen = new boolean[edges.size()];
    if (from == removed) {
      return seen;
    }
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (int s : edges.get(todo.pop())) {
        if (s != removed && !seen[s]) {
          seen[s] = true;
          todo.push(s);
        }
      }
    }
    return seen;
  }

  /** A DAG on blocks 0..n-1 with root 0, every block reachable, edges only forward. */
  private static List<List<Integer>> randomDag(Random random, int n) {
    List<List<Integer>> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      edges.add(new ArrayList<>());
    }
    for (int v = 1; v < n; v++) {
      edges.get(random.nextInt(v)).add(v);
      for (int u = 0; u < v; u++) {
        if (random.nextInt(8) == 0 && !edges.get(u).contains(v)) {
          edges.get(u).add(v);
        }
      }
    }
    return edges;
  }

  /** Random graphs of the shapes the DSL writes: chains, branches with a join, branches ending the flow. */
  private static final class Structured {
    private final Random random;
    private final List<List<Integer>> edges = new ArrayList<>();

    Structured(Random random) {
      this.random = random;
    }

    List<List<Integer>> build(int depth) {
      int root = add(edges, -1);
      region(root, depth, true);
      return edges;
    }

    /** Appends a region after {@code from}; returns its last block, or -1 when the region ended the flow. */
    private int region(int from, int depth, boolean mayEnd) {
      int last = from;
      int items = 1 + random.nextInt(3);
      for (int i = 0; i < items && last >= 0; i++) {
        if (depth > 0 && random.nextInt(2) == 0) {
          int branch = add(edges, last);
          boolean join = !mayEnd || i < items - 1 || random.nextInt(3) > 0;
          List<Integer> ends = new ArrayList<>();
          int paths = 2 + random.nextInt(3);
          for (int p = 0; p < paths; p++) {
            int end = region(branch, depth - 1, !join);
            if (end >= 0) {
              ends.add(end);
            }
          }
          if (!join) {
            return -1;
          }
          int joinBlock = edges.size();
          edges.add(new ArrayList<>());
          ends.forEach(e -> edges.get(e).add(joinBlock));
          last = joinBlock;
        } else {
          last = add(edges, last);
        }
      }
      return last;
    }
  }

  private static BlockGraph graph(List<List<Integer>> edges) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      blocks.add(Block.builder().slug("b" + i).name("b" + i).schema(Jq.of(".")).isRootAction(i == 0)
          .addAllOutgoingActions(edges.get(i).stream().map(t -> "b" + t).toList()).build());
    }
    Workflow w = Workflow.builder().tag("wf").name("wf").filter(GlobalFilter.of()).addAllActions(blocks).build();
    return new ValidationContext(w).graph();
  }
}

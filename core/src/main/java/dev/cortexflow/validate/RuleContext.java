package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * What a {@link WorkflowRule} sees of one workflow: the model, its blocks by index (their place in
 * {@code actions}), the block graph with the validator's run-order answers, and every reference found in every
 * field. Blocks are named by index so that a violation can point at {@code /actions/<index>/…}
 * ({@link #pointer(int)}) and a message can name them like the standard rules do ({@link #label(int)}).
 *
 * <p>The graph helpers work on any workflow, broken or not; the run-order questions ({@link #alwaysRunsBefore},
 * {@link #pathFromRootAvoiding}) need one root and no cycle ({@link #isOrdered()}), which the standard rules
 * report when it is not so. One instance serves one validation; it is not thread-safe.
 */
public final class RuleContext {

  private final ValidationContext context;
  private List<LocatedReference> references;

  RuleContext(ValidationContext context) {
    this.context = context;
  }

  /** The workflow being validated. */
  public Workflow workflow() {
    return context.workflow();
  }

  /** The blocks, in {@code actions} order. */
  public List<Block> blocks() {
    return context.blocks();
  }

  /** The index of the first block with the slug, empty when no block has it. */
  public OptionalInt indexOf(String slug) {
    int index = context.indexOf(slug);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The JSON pointer of a block: {@code /actions/3}. */
  public String pointer(int block) {
    checkIndex(block);
    return "/actions/" + block;
  }

  /** How messages name a block: {@code block 'deploy' (actions[3])}. */
  public String label(int block) {
    checkIndex(block);
    return context.label(block);
  }

  /** The blocks a block leads to ({@code outgoingActions} and branch path targets), by index, without duplicates. */
  public List<Integer> successors(int block) {
    checkIndex(block);
    return Arrays.stream(context.graph().successors(block)).boxed().toList();
  }

  /** The single root block, empty when there is none or more than one. */
  public OptionalInt root() {
    int root = context.graph().root();
    return root < 0 ? OptionalInt.empty() : OptionalInt.of(root);
  }

  /** Whether the blocks form one graph with a single root and no cycle, so that run-order questions have answers. */
  public boolean isOrdered() {
    return context.graph().isOrdered();
  }

  /** Whether the single root reaches the block (false for every block when there is no single root). */
  public boolean isReachable(int block) {
    checkIndex(block);
    return context.graph().isReachable(block);
  }

  /** Whether a path leads from one block to another (so {@code from} runs before {@code to} on some path). */
  public boolean reaches(int from, int to) {
    checkIndex(from);
    checkIndex(to);
    return context.graph().reaches(from, to);
  }

  /**
   * Whether {@code first} runs before {@code then} on every path from the root: it dominates it. Answered in
   * constant time from the dominator tree the validator builds.
   *
   * @throws IllegalStateException when the graph is not {@linkplain #isOrdered() ordered} or either block is
   *     unreachable
   */
  public boolean alwaysRunsBefore(int first, int then) {
    checkOrdered(first);
    checkOrdered(then);
    return context.graph().alwaysRunsBefore(first, then);
  }

  /**
   * A path from the root to {@code block} on which no block before it matches {@code avoid}, as block indexes
   * from the root to {@code block}; empty when every path to the block passes a matching block. This answers
   * "is there an approval on every path before this call" even when different paths pass different approvals,
   * and the path found makes a precise message. The path is a shortest one, found in time linear in blocks and
   * edges.
   *
   * @throws IllegalStateException when the graph is not {@linkplain #isOrdered() ordered} or the block is
   *     unreachable
   */
  public Optional<List<Integer>> pathFromRootAvoiding(int block, IntPredicate avoid) {
    checkOrdered(block);
    int root = context.graph().root();
    int[] parent = new int[blocks().size()];
    Arrays.fill(parent, -2);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    parent[root] = -1;
    queue.add(root);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      if (v == block) {
        List<Integer> path = new ArrayList<>();
        for (int at = v; at >= 0; at = parent[at]) {
          path.add(0, at);
        }
        return Optional.of(List.copyOf(path));
      }
      if (avoid.test(v)) {
        continue;
      }
      for (int s : context.graph().successors(v)) {
        if (parent[s] == -2) {
          parent[s] = v;
          queue.add(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every reference to run state in the workflow, found by {@link ReferenceScanner} in every string of every
   * block and in the response templates, in descriptor order (templates first).
   */
  public List<LocatedReference> references() {
    if (references == null) {
      references = ReferenceScanner.scan(context.workflow());
    }
    return references;
  }

  /** The references found in the strings of one block, in descriptor key order. */
  public List<LocatedReference> references(int block) {
    checkIndex(block);
    return references().stream()
        .filter(r -> r.blockIndex().isPresent() && r.blockIndex().getAsInt() == block).toList();
  }

  private void checkIndex(int block) {
    if (block < 0 || block >= blocks().size()) {
      throw new IndexOutOfBoundsException("block index " + block + " is not in actions[0.." + blocks().size() + ")");
    }
  }

  private void checkOrdered(int block) {
    checkIndex(block);
    if (!isOrdered() || !isReachable(block)) {
      throw new IllegalStateException("run order is unknown for " + label(block) + ": the graph needs one root, no"
          + " cycle and the block reachable (check isOrdered() and isReachable() first)");
    }
  }
}

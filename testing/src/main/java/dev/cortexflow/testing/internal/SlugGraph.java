package dev.cortexflow.testing.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The block graph of a workflow by slug: a block's successors are its outgoingActions plus, for a branch, the
 * first block of each path. Edges to slugs that are no block are dropped (the validator reports them).
 * Immutable once built.
 */
public final class SlugGraph {

  private final Map<String, List<String>> successors;
  private final List<String> roots;

  private SlugGraph(Map<String, List<String>> successors, List<String> roots) {
    this.successors = successors;
    this.roots = roots;
  }

  /** The graph of {@code workflow}. */
  public static SlugGraph of(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    Set<String> slugs = new LinkedHashSet<>();
    workflow.actions().forEach(b -> slugs.add(b.slug()));
    Map<String, List<String>> successors = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Block b : workflow.actions()) {
      if (b.isRootAction()) {
        roots.add(b.slug());
      }
      Set<String> targets = new LinkedHashSet<>(targets(b));
      targets.retainAll(slugs);
      successors.putIfAbsent(b.slug(), List.copyOf(targets));
    }
    return new SlugGraph(successors, List.copyOf(roots));
  }

  /** The outgoingActions of {@code block} plus its branch paths' targets, in that order, without duplicates. */
  public static List<String> targets(Block block) {
    Set<String> all = new LinkedHashSet<>(block.outgoingActions());
    if (block.schema() instanceof ConditionalBranch branch) {
      for (BranchPath p : branch.branches()) {
        p.outgoingAction().ifPresent(all::add);
      }
      branch.fallbackBranch().flatMap(f -> f.outgoingAction()).ifPresent(all::add);
    }
    return List.copyOf(all);
  }

  /** The single root, if there is exactly one. */
  public Optional<String> root() {
    return roots.size() == 1 ? Optional.of(roots.get(0)) : Optional.empty();
  }

  /** The slugs of the blocks marked as root, in declaration order. */
  public List<String> roots() {
    return roots;
  }

  /** Whether {@code slug} is a block. */
  public boolean contains(String slug) {
    return successors.containsKey(slug);
  }

  /** The successors of {@code slug} (empty when it is no block). */
  public List<String> successors(String slug) {
    return successors.getOrDefault(slug, List.of());
  }

  /**
   * A shortest path of at least one edge from {@code from} to {@code to} that does not enter {@code avoid}, as the
   * list of slugs from {@code from} to {@code to}; empty when there is none.
   */
  public Optional<List<String>> path(String from, String to, Optional<String> avoid) {
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (String s : successors(v)) {
        if (avoid.filter(s::equals).isPresent() || parent.containsKey(s)) {
          continue;
        }
        parent.put(s, v);
        if (s.equals(to)) {
          return Optional.of(unwind(parent, from, to));
        }
        queue.add(s);
      }
    }
    return Optional.empty();
  }

  private static List<String> unwind(Map<String, String> parent, String from, String to) {
    List<String> path = new ArrayList<>();
    String v = to;
    path.add(v);
    do {
      v = parent.get(v);
      path.add(0, v);
    } while (!v.equals(from));
    return path;
  }
}

package dev.cortexflow.model;

import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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
 * The block graph of a workflow by slug: which blocks a block leads to (its {@code outgoingActions} plus, for a
 * CONDITIONAL_BRANCH, the {@code outgoingAction} of each path and of the fallback path), which blocks lead to it,
 * and the roots ({@code isRootAction}). This is the one place that knows where a block's edges are written;
 * validation, the test kit, the graph command and the importer read edges from here.
 *
 * <p>Edges to slugs that name no block are dropped from {@link #successors} and {@link #predecessors} (the
 * validator reports them as {@code UNKNOWN_TARGET}); {@link #targets} and {@link #edges} keep them. When two blocks
 * share a slug, the first one's edges count. Immutable once built.
 *
 * <pre>{@code
 * WorkflowGraph graph = WorkflowGraph.of(workflow);
 * List<String> next = graph.successors("approve");
 * }</pre>
 */
public final class WorkflowGraph {

  /** Where an edge is written in the descriptor. */
  public enum EdgeKind {
    /** An entry of the block's {@code outgoingActions} that no path starts at. */
    NEXT,
    /** A conditional path's {@code outgoingAction} ({@code schema.branches[].outgoingAction}). */
    PATH,
    /** The fallback path's {@code outgoingAction} ({@code schema.fallbackBranch.outgoingAction}). */
    FALLBACK
  }

  /**
   * One edge of the graph: from the block {@code from} to the slug {@code to}, which may name no block.
   *
   * @param label the path's {@code name} for {@link EdgeKind#PATH} and {@link EdgeKind#FALLBACK} edges, empty for
   *     {@link EdgeKind#NEXT}
   */
  public record Edge(String from, String to, EdgeKind kind, String label) {

    /** Checks that no component is null. */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
    }
  }

  private final Map<String, List<String>> successors;
  private final Map<String, List<String>> predecessors;
  private final List<String> roots;

  private WorkflowGraph(Map<String, List<String>> successors, Map<String, List<String>> predecessors,
      List<String> roots) {
    this.successors = successors;
    this.predecessors = predecessors;
    this.roots = roots;
  }

  /** The graph of {@code workflow}. */
  public static WorkflowGraph of(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    Set<String> slugs = new LinkedHashSet<>();
    workflow.actions().forEach(b -> slugs.add(b.slug()));
    Map<String, List<String>> successors = new LinkedHashMap<>();
    Map<String, List<String>> predecessors = new LinkedHashMap<>();
    slugs.forEach(s -> predecessors.put(s, new ArrayList<>()));
    List<String> roots = new ArrayList<>();
    for (Block b : workflow.actions()) {
      if (b.isRootAction()) {
        roots.add(b.slug());
      }
      if (successors.containsKey(b.slug())) {
        continue;
      }
      List<String> next = targets(b).stream().filter(slugs::contains).toList();
      successors.put(b.slug(), next);
      next.forEach(t -> predecessors.get(t).add(b.slug()));
    }
    predecessors.replaceAll((slug, list) -> List.copyOf(list));
    return new WorkflowGraph(Collections.unmodifiableMap(successors), Collections.unmodifiableMap(predecessors),
        List.copyOf(roots));
  }

  /**
   * The slugs {@code block} leads to, whether or not they name a block: its {@code outgoingActions}, then the first
   * block of each path of a branch (the fallback last), without duplicates.
   */
  public static List<String> targets(Block block) {
    Set<String> all = new LinkedHashSet<>(block.outgoingActions());
    all.addAll(pathTargets(block));
    return List.copyOf(all);
  }

  /**
   * The first block of each path of a CONDITIONAL_BRANCH ({@code schema.branches[].outgoingAction}, then
   * {@code schema.fallbackBranch.outgoingAction}), without duplicates; empty for any other block.
   */
  public static List<String> pathTargets(Block block) {
    Set<String> all = new LinkedHashSet<>();
    if (block.schema() instanceof ConditionalBranch branch) {
      for (BranchPath p : branch.branches()) {
        p.outgoingAction().ifPresent(all::add);
      }
      branch.fallbackBranch().flatMap(f -> f.outgoingAction()).ifPresent(all::add);
    }
    return List.copyOf(all);
  }

  /**
   * The edges leaving {@code block}, labelled: each path's edge (named after the path), the fallback's, then the
   * {@code outgoingActions} that no path starts at.
   */
  public static List<Edge> edges(Block block) {
    List<Edge> edges = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    if (block.schema() instanceof ConditionalBranch branch) {
      for (BranchPath path : branch.branches()) {
        path.outgoingAction().ifPresent(to -> {
          edges.add(new Edge(block.slug(), to, EdgeKind.PATH, path.name()));
          covered.add(to);
        });
      }
      branch.fallbackBranch().ifPresent(fallback -> fallback.outgoingAction().ifPresent(to -> {
        edges.add(new Edge(block.slug(), to, EdgeKind.FALLBACK, fallback.name()));
        covered.add(to);
      }));
    }
    for (String to : block.outgoingActions()) {
      if (!covered.contains(to)) {
        edges.add(new Edge(block.slug(), to, EdgeKind.NEXT, ""));
      }
    }
    return List.copyOf(edges);
  }

  /** The slugs of the blocks marked {@code isRootAction: true}, in declaration order. */
  public List<String> roots() {
    return roots;
  }

  /** The single root, if exactly one block is marked as root. */
  public Optional<String> root() {
    return roots.size() == 1 ? Optional.of(roots.get(0)) : Optional.empty();
  }

  /** Whether {@code slug} names a block. */
  public boolean contains(String slug) {
    return successors.containsKey(slug);
  }

  /** The blocks {@code slug} leads to, in the order of {@link #targets}; empty when it names no block. */
  public List<String> successors(String slug) {
    return successors.getOrDefault(slug, List.of());
  }

  /** The blocks that lead to {@code slug}, in declaration order; empty when it names no block. */
  public List<String> predecessors(String slug) {
    return predecessors.getOrDefault(slug, List.of());
  }

  /**
   * A shortest path of at least one edge from {@code from} to {@code to} that never enters {@code avoid}, as the
   * slugs from {@code from} to {@code to}; empty when there is none.
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
    return List.copyOf(path);
  }
}

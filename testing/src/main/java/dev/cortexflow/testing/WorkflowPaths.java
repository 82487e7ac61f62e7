package dev.cortexflow.testing;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.WorkflowGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The distinct paths through a workflow: every sequence of blocks from the root block to a block with no
 * successor, following outgoingActions and branch paths.
 *
 * <p>A path is a list of block slugs, first the root, last the end block. Paths come in a stable order (depth
 * first, successors in the order the descriptor lists them). Enumeration is bounded: the number of paths can grow
 * exponentially with the number of branches, so more than {@link #DEFAULT_LIMIT} paths (or the limit given) throw
 * instead of exhausting memory. For such workflows assert dominance instead
 * ({@link WorkflowAssert#runsBefore(String, String)}).
 *
 * <pre class="compilable">{@code
 * List<List<String>> paths = WorkflowPaths.of(new DeployService().workflow());
 * // [[choose, remember-environment, approve, route, deploy-prod, announce],
 * //  [choose, remember-environment, approve, route, deploy-staging, announce]]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class WorkflowPaths {

  /** The number of paths {@link #of(Workflow)} enumerates at most: {@value}. */
  public static final int DEFAULT_LIMIT = 10_000;

  private WorkflowPaths() {}

  /**
   * Every path from the root to an end block, at most {@link #DEFAULT_LIMIT}.
   *
   * @param workflow the workflow to walk
   * @return the paths, each an unmodifiable list of slugs; never empty for a workflow with a root
   * @throws IllegalArgumentException when the workflow has no single root block or has a cycle
   * @throws IllegalStateException when it has more than {@link #DEFAULT_LIMIT} paths
   */
  public static List<List<String>> of(Workflow workflow) {
    return of(workflow, DEFAULT_LIMIT);
  }

  /**
   * Every path from the root to an end block, at most {@code limit}.
   *
   * @param workflow the workflow to walk
   * @param limit the most paths to enumerate, at least 1
   * @return the paths, each an unmodifiable list of slugs
   * @throws IllegalArgumentException when the workflow has no single root block or has a cycle, or the limit is
   *     below 1
   * @throws IllegalStateException when it has more than {@code limit} paths
   */
  public static List<List<String>> of(Workflow workflow, int limit) {
    Objects.requireNonNull(workflow, "workflow");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not valid: use at least 1");
    }
    WorkflowGraph graph = WorkflowGraph.of(workflow);
    String root = graph.root().orElseThrow(() -> new IllegalArgumentException("workflow '" + workflow.tag()
        + "' has " + graph.roots().size() + " root blocks " + quoted(graph.roots()) + "; paths need exactly one"));
    List<List<String>> out = new ArrayList<>();
    walk(workflow.tag(), graph, new LinkedHashSet<>(List.of(root)), root, limit, out);
    return List.copyOf(out);
  }

  private static void walk(String tag, WorkflowGraph graph, LinkedHashSet<String> path, String at, int limit,
      List<List<String>> out) {
    List<String> next = graph.successors(at);
    if (next.isEmpty()) {
      if (out.size() == limit) {
        throw new IllegalStateException("workflow '" + tag + "' has more than " + limit
            + " paths; assert with runsBefore instead of enumerating paths");
      }
      out.add(List.copyOf(path));
      return;
    }
    for (String s : next) {
      if (path.contains(s)) {
        throw new IllegalArgumentException("workflow '" + tag + "' has a cycle: " + cycle(path, s)
            + "; paths exist only in acyclic workflows");
      }
      path.add(s);
      walk(tag, graph, path, s, limit, out);
      path.remove(s);
    }
  }

  private static String cycle(Set<String> path, String repeated) {
    List<String> slugs = new ArrayList<>(path);
    List<String> loop = new ArrayList<>(slugs.subList(slugs.indexOf(repeated), slugs.size()));
    loop.add(repeated);
    return String.join(" -> ", loop);
  }

  static String quoted(List<String> slugs) {
    List<String> q = slugs.stream().map(s -> "'" + s + "'").toList();
    return "[" + String.join(", ", q) + "]";
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import java.util.Objects;

/**
 * The start of one branch path, given to the path's body:
 *
 * <pre class="compilable">{@code
 * Consumer<PathFlow> body = p -> p
 *     .then(httpRequest("deploy", "Deploy", HttpMethod.POST, "https://deploy.example.com"))
 *     .then(slack("done", "Done", "deploys", "Deployed"));
 * }</pre>
 *
 * <p>The first block added becomes the path's {@code outgoingAction} and one of the branch block's
 * {@code outgoingActions}; the path's last blocks lead to the branch's join. A path left empty gets a
 * pass-through block ({@code JQ "."}, slug {@code <path slug>-pass-through}) when the branch has a join.
 *
 * <p>Valid only while the body runs; a path has exactly one first block.
 */
public final class PathFlow {

  private final FlowGraph graph;
  private final FlowGraph.Scope scope;
  private final String branchSlug;
  private final String pathSlug;
  private FlowGraph.Node head;
  private boolean closed;

  PathFlow(FlowGraph graph, FlowGraph.Scope scope, String branchSlug, String pathSlug) {
    this.graph = graph;
    this.scope = scope;
    this.branchSlug = branchSlug;
    this.pathSlug = pathSlug;
  }

  /**
   * Sets the first block of this path (the path's {@code outgoingAction}).
   *
   * @return the handle of the block, to continue the path
   * @throws IllegalStateException when the path already has a first block or its branch is closed
   */
  public BlockRef then(BlockSpec<?> first) {
    Objects.requireNonNull(first, "first");
    requireEmpty(first.slug());
    head = FlowGraph.withBlockFields(graph.addFirst(scope, first.slug(), first.name(), first.addTo(graph.tag())), first);
    return new BlockRef(graph, head);
  }

  /** Sets the first block of this path from any schema ({@code slug}, {@code name}, {@code schema}). */
  public BlockRef then(String slug, String name, BlockSchema schema) {
    return then(Blocks.block(slug, name, schema));
  }

  /** Starts this path with a nested branch and continues at its join. */
  public BlockRef then(Branch.Joined branch) {
    Objects.requireNonNull(branch, "branch");
    requireEmpty(branch.definition().slug());
    head = graph.addFirst(scope, branch.definition().slug(), branch.definition().name(), null);
    return new BlockRef(graph, graph.attachBranch(head, branch.take()).orElseThrow());
  }

  /** Starts this path with a nested branch without join. */
  public void then(Branch.Unjoined branch) {
    Objects.requireNonNull(branch, "branch");
    requireEmpty(branch.definition().slug());
    head = graph.addFirst(scope, branch.definition().slug(), branch.definition().name(), null);
    graph.attachBranch(head, branch.take());
  }

  private void requireEmpty(String slug) {
    if (closed) {
      throw new IllegalStateException("path '" + pathSlug + "' of branch '" + branchSlug
          + "' is closed: add '" + slug + "' inside the path's body");
    }
    graph.requireBuilding("path '" + pathSlug + "' of branch '" + branchSlug + "'");
    if (head != null) {
      throw new IllegalStateException("path '" + pathSlug + "' of branch '" + branchSlug + "' already starts with '"
          + head.slug + "': continue from that block's handle");
    }
  }

  FlowGraph.Node head() {
    return head;
  }

  void close() {
    closed = true;
  }
}

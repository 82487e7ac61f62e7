package dev.cortexflow.dsl;

import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.UserInput;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A handle to a block already in the flow: continue the flow after it with {@code then(...)} and read its outputs
 * with {@link #output(String)}. Edges are made only from handles, never from slug strings, so an edge cannot
 * name a block that does not exist.
 *
 * <pre class="compilable">{@code
 * BlockRef form = start;  // the root handle
 * BlockRef approve = form.then(manualApproval("approve", "Approve", "platform-team"));
 * Ref version = form.output("version");   // actions.choose.outputs.version
 * }</pre>
 *
 * <p>A block other than a branch has at most one successor: a second {@code then} on the same handle throws
 * {@link IllegalStateException}. Handles are bound to one workflow under construction and are not thread-safe:
 * a handle, and every reference read from it, throws when used inside another workflow's flow, naming the block
 * and both workflows.
 */
public final class BlockRef implements HasRef {

  private final FlowGraph graph;
  private final FlowGraph.Node node;

  BlockRef(FlowGraph graph, FlowGraph.Node node) {
    this.graph = graph;
    this.node = node;
  }

  /** The block's slug. */
  public String slug() {
    return node.slug;
  }

  /** The block's display name. */
  public String name() {
    return node.name;
  }

  /** The block's outputs ({@code actions.<slug>.outputs}). */
  @Override
  public Ref ref() {
    return Expr.action(node.slug).from(graph);
  }

  /**
   * One output of the block ({@code actions.<slug>.outputs.<key>}), such as a form field or {@code body}.
   *
   * @throws IllegalArgumentException when the block is a USER_INPUT form without a field {@code key}, or a JQ
   *     block and {@code key} is not {@code result} (the validator's UNKNOWN_OUTPUT_KEY, reported at once)
   */
  public Ref output(String key) {
    if (node.schema instanceof UserInput form
        && form.inputs().stream().noneMatch(field -> field.key().equals(key))) {
      TreeSet<String> keys = new TreeSet<>();
      form.inputs().forEach(field -> keys.add(field.key()));
      throw new IllegalArgumentException("block '" + node.slug + "' has no output '" + key + "': its form has "
          + (keys.isEmpty() ? "no fields" : "the fields " + String.join(", ", keys)));
    }
    if (node.schema instanceof Jq && !key.equals("result")) {
      throw new IllegalArgumentException("block '" + node.slug + "' has no output '" + key
          + "': a JQ block has only the output 'result'");
    }
    return ref().field(key);
  }

  /**
   * Adds a block after this one: this block's {@code outgoingActions} becomes {@code [<next slug>]}.
   *
   * @return the handle of the new block
   * @throws IllegalStateException when this block already has a successor or is a branch
   */
  public BlockRef then(BlockSpec<?> next) {
    Objects.requireNonNull(next, "next");
    return new BlockRef(graph, FlowGraph.withBlockFields(
        graph.addAfter(node, next.slug(), next.name(), next.addTo(graph.tag())), next));
  }

  /**
   * Adds a block of any schema after this one (escape hatch for {@link dev.cortexflow.model.block.CustomBlock}
   * and generated integration bindings): sets {@code slug}, {@code name}, {@code schema} of the new block and this
   * block's {@code outgoingActions}.
   */
  public BlockRef then(String slug, String name, BlockSchema schema) {
    return then(Blocks.block(slug, name, schema));
  }

  /**
   * Adds a closed branch after this one and continues at its join block.
   *
   * @return the handle of the joining block ({@code joiningAction})
   */
  public BlockRef then(Branch.Joined branch) {
    Objects.requireNonNull(branch, "branch");
    FlowGraph.Node branchNode = graph.addAfter(node, branch.definition().slug(), branch.definition().name(), null);
    return new BlockRef(graph, graph.attachBranch(branchNode, branch.take()).orElseThrow());
  }

  /** Adds a closed branch without join after this one; its paths end the flow. */
  public void then(Branch.Unjoined branch) {
    Objects.requireNonNull(branch, "branch");
    FlowGraph.Node branchNode = graph.addAfter(node, branch.definition().slug(), branch.definition().name(), null);
    graph.attachBranch(branchNode, branch.take());
  }

  /** The slug. */
  @Override
  public String toString() {
    return node.slug;
  }
}

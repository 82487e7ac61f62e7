package dev.cortexflow.cli.internal.graph;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.WorkflowGraph;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The block graph of a workflow as nodes and labelled edges, in the order of the descriptor, ready to be printed as
 * Mermaid or DOT. Branch paths become labelled edges, a branch's join becomes a dashed edge, and targets that name no
 * block still appear (as missing nodes) so a broken descriptor can be drawn too.
 */
record BlockGraph(String tag, List<Node> nodes, List<Edge> edges) {

  /** A block, or a name that some edge points at but no block has. */
  record Node(String slug, String name, String type, boolean root, boolean branch, boolean missing) {}

  /** What an edge stands for. */
  enum Kind { NEXT, PATH, FALLBACK, JOIN }

  /** An edge between two slugs; {@code label} is empty for plain successors. */
  record Edge(String from, String to, String label, Kind kind) {}

  static BlockGraph of(Workflow workflow) {
    List<Node> nodes = new ArrayList<>();
    Set<String> slugs = new LinkedHashSet<>();
    for (Block block : workflow.actions()) {
      if (slugs.add(block.slug())) {
        nodes.add(new Node(block.slug(), block.name(), block.schema().type(), block.isRootAction(),
            block.schema() instanceof ConditionalBranch, false));
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (Block block : workflow.actions()) {
      edges.addAll(edgesOf(block));
    }
    Set<String> missing = new LinkedHashSet<>();
    for (Edge edge : edges) {
      if (!slugs.contains(edge.to())) {
        missing.add(edge.to());
      }
    }
    for (String slug : missing) {
      nodes.add(new Node(slug, slug, "", false, false, true));
    }
    return new BlockGraph(workflow.tag(), List.copyOf(nodes), List.copyOf(edges));
  }

  private static List<Edge> edgesOf(Block block) {
    List<Edge> edges = new ArrayList<>();
    for (WorkflowGraph.Edge edge : WorkflowGraph.edges(block)) {
      edges.add(new Edge(edge.from(), edge.to(), edge.label(), switch (edge.kind()) {
        case PATH -> Kind.PATH;
        case FALLBACK -> Kind.FALLBACK;
        case NEXT -> Kind.NEXT;
      }));
    }
    if (block.schema() instanceof ConditionalBranch branch) {
      branch.joiningAction().ifPresent(join -> edges.add(new Edge(block.slug(), join, "join", Kind.JOIN)));
    }
    return edges;
  }
}

package dev.cortexflow.cli.internal.graph;

import dev.cortexflow.cli.internal.graph.BlockGraph.Edge;
import dev.cortexflow.cli.internal.graph.BlockGraph.Node;
import dev.cortexflow.model.Workflow;

/**
 * Prints a workflow's block graph in Graphviz DOT: one node per block (branches as diamonds), an edge per successor,
 * branch paths labelled with their names, the fallback marked, and the join as a dashed edge.
 */
public final class DotGraph {

  private DotGraph() {}

  /** The DOT source for {@code workflow}, ending in a newline. */
  public static String render(Workflow workflow) {
    BlockGraph graph = BlockGraph.of(workflow);
    StringBuilder out = new StringBuilder("digraph ").append(quote(graph.tag())).append(" {\n")
        .append("  rankdir=TB;\n")
        .append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
        .append("  \"start\" [shape=circle, label=\"start\"];\n");
    for (Node node : graph.nodes()) {
      out.append("  ").append(quote(node.slug())).append(" [").append(attributes(node)).append("];\n");
    }
    for (Node node : graph.nodes()) {
      if (node.root()) {
        out.append("  \"start\" -> ").append(quote(node.slug())).append(";\n");
      }
    }
    for (Edge edge : graph.edges()) {
      out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to())).append(edgeAttributes(edge))
          .append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static String attributes(Node node) {
    if (node.missing()) {
      return "shape=note, color=red, label=" + quote(node.slug() + "\n(no such block)");
    }
    String label = "label=" + quote(node.name() + "\n" + node.slug() + " · " + node.type());
    return node.branch() ? "shape=diamond, style=\"\", " + label : label;
  }

  private static String edgeAttributes(Edge edge) {
    return switch (edge.kind()) {
      case NEXT -> "";
      case PATH -> " [label=" + quote(edge.label()) + "]";
      case FALLBACK -> " [label=" + quote(edge.label() + " (otherwise)") + "]";
      case JOIN -> " [style=dashed, label=\"join\"]";
    };
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}

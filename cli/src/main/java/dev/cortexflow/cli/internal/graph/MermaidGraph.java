package dev.cortexflow.cli.internal.graph;

import dev.cortexflow.cli.internal.graph.BlockGraph.Edge;
import dev.cortexflow.cli.internal.graph.BlockGraph.Node;
import dev.cortexflow.model.Workflow;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints a workflow's block graph as a Mermaid flowchart: one node per block (branches as diamonds), an edge per
 * successor, branch paths labelled with their names, the fallback marked, and the join as a dashed edge.
 */
public final class MermaidGraph {

  private MermaidGraph() {}

  /** The Mermaid source for {@code workflow}, ending in a newline. */
  public static String render(Workflow workflow) {
    BlockGraph graph = BlockGraph.of(workflow);
    Map<String, String> ids = new HashMap<>();
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (Node node : graph.nodes()) {
      String id = "b" + ids.size();
      ids.put(node.slug(), id);
      out.append("  ").append(id).append(shape(node)).append('\n');
    }
    for (Node node : graph.nodes()) {
      if (node.root()) {
        out.append("  start((start)) --> ").append(ids.get(node.slug())).append('\n');
      }
    }
    for (Edge edge : graph.edges()) {
      out.append("  ").append(ids.get(edge.from())).append(arrow(edge)).append(ids.get(edge.to())).append('\n');
    }
    return out.toString();
  }

  private static String shape(Node node) {
    if (node.missing()) {
      return "[/\"" + text(node.slug()) + "<br/>(no such block)\"/]";
    }
    String label = "\"" + text(node.name()) + "<br/><small>" + text(node.slug()) + " · " + text(node.type())
        + "</small>\"";
    return node.branch() ? "{" + label + "}" : "(" + label + ")";
  }

  private static String arrow(Edge edge) {
    return switch (edge.kind()) {
      case NEXT -> " --> ";
      case PATH -> " -->|\"" + text(edge.label()) + "\"| ";
      case FALLBACK -> " -->|\"" + text(edge.label()) + " (otherwise)\"| ";
      case JOIN -> " -.->|join| ";
    };
  }

  // Mermaid labels are quoted strings in which only '"' needs an entity; '<' and '>' would start HTML.
  private static String text(String value) {
    return value.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("\n", " ");
  }
}

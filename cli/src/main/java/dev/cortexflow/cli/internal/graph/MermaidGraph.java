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
    return render(workflow, java.util.List.of());
  }

  /**
   * The Mermaid source for {@code workflow} with the path of one run highlighted: the blocks in {@code executed}
   * (in the order they ran) get class {@code ran}, and each edge the run went along is drawn thick and green with
   * {@code linkStyle}. An edge counts as taken when both its ends ran; a branch's join edge only when none of its
   * paths' edges was taken (the run went through an empty path).
   */
  public static String render(Workflow workflow, java.util.List<String> executed) {
    BlockGraph graph = BlockGraph.of(workflow);
    java.util.Set<String> ran = new java.util.HashSet<>(executed);
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
    int link = (int) graph.nodes().stream().filter(Node::root).count();
    java.util.List<Integer> taken = new java.util.ArrayList<>();
    java.util.Set<String> branchesThroughAPath = new java.util.HashSet<>();
    for (Edge edge : graph.edges()) {
      if ((edge.kind() == BlockGraph.Kind.PATH || edge.kind() == BlockGraph.Kind.FALLBACK)
          && ran.contains(edge.from()) && ran.contains(edge.to())) {
        branchesThroughAPath.add(edge.from());
      }
    }
    for (Edge edge : graph.edges()) {
      out.append("  ").append(ids.get(edge.from())).append(arrow(edge)).append(ids.get(edge.to())).append('\n');
      boolean went = ran.contains(edge.from()) && ran.contains(edge.to())
          && (edge.kind() != BlockGraph.Kind.JOIN || !branchesThroughAPath.contains(edge.from()));
      if (went) {
        taken.add(link);
      }
      link++;
    }
    if (!executed.isEmpty()) {
      out.append("  classDef ran fill:#d4f7d4,stroke:#2e7d32,stroke-width:2px\n");
      StringBuilder members = new StringBuilder();
      for (Node node : graph.nodes()) {
        if (ran.contains(node.slug()) && !node.missing()) {
          members.append(members.length() == 0 ? "" : ",").append(ids.get(node.slug()));
        }
      }
      if (members.length() > 0) {
        out.append("  class ").append(members).append(" ran\n");
      }
      for (Node node : graph.nodes()) {
        if (node.root() && ran.contains(node.slug())) {
          taken.add(0, graph.nodes().stream().filter(Node::root).toList().indexOf(node));
        }
      }
      if (!taken.isEmpty()) {
        out.append("  linkStyle ").append(String.join(",", taken.stream().sorted().map(String::valueOf).toList()))
            .append(" stroke:#2e7d32,stroke-width:3px\n");
      }
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

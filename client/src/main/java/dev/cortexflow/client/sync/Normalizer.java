package dev.cortexflow.client.sync;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.SemanticOrder;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the parts of a workflow whose order carries no meaning into one order, so that equality is semantic:
 * blocks (found by slug), edges, approving teams, run restrictions and variables (found by slug).
 */
final class Normalizer {

  private Normalizer() {}

  static Workflow normalize(Workflow w) {
    return SemanticOrder.normalize(w);
  }

  /** {@code live} with its blocks in {@code local}'s order (unknown slugs last), so diffs show no moves. */
  static Workflow alignBlocks(Workflow live, Workflow local) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < local.actions().size(); i++) {
      rank.putIfAbsent(local.actions().get(i).slug(), i);
    }
    List<Block> blocks = new ArrayList<>(live.actions());
    blocks.sort(Comparator.comparing(b -> rank.getOrDefault(b.slug(), Integer.MAX_VALUE)));
    return ImmutableWorkflow.copyOf(live).withActions(blocks);
  }
}

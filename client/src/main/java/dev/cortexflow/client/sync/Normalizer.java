package dev.cortexflow.client.sync;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.ImmutableManualApproval;
import dev.cortexflow.model.block.ManualApproval;
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
    List<Block> blocks = w.actions().stream().map(Normalizer::block)
        .sorted(Comparator.comparing(Block::slug)).toList();
    List<RunRestriction> restrictions = w.runRestrictionPolicies().stream()
        .sorted(Comparator.comparing((RunRestriction r) -> r.type().value()).thenComparing(RunRestriction::id))
        .toList();
    List<Variable> variables = w.variables().stream().sorted(Comparator.comparing(Variable::slug)).toList();
    return ImmutableWorkflow.copyOf(w).withActions(blocks).withRunRestrictionPolicies(restrictions)
        .withVariables(variables);
  }

  private static Block block(Block b) {
    ImmutableBlock out = ImmutableBlock.copyOf(b).withOutgoingActions(sorted(b.outgoingActions()));
    if (b.schema() instanceof ManualApproval approval) {
      return out.withSchema(ImmutableManualApproval.copyOf(approval)
          .withApprovingTeamIds(sorted(approval.approvingTeamIds())));
    }
    return out;
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    copy.sort(Comparator.naturalOrder());
    return copy;
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

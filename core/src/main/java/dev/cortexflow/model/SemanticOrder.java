package dev.cortexflow.model;

import dev.cortexflow.model.block.ImmutableManualApproval;
import dev.cortexflow.model.block.ManualApproval;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Puts the parts of a workflow whose order carries no meaning to Cortex into one fixed order, so that two
 * workflows that differ only in such order are {@code equals}: blocks and variables (sorted by slug), each block's
 * {@code outgoingActions}, a manual approval's {@code approvingTeamIds}, and run restrictions (by type, then id).
 *
 * <pre class="compilable">{@code
 * boolean same = SemanticOrder.normalize(local).equals(SemanticOrder.normalize(live));
 * }</pre>
 */
public final class SemanticOrder {

  private SemanticOrder() {}

  /** Returns the workflow with every order-insensitive list sorted. */
  public static Workflow normalize(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    List<Block> blocks = workflow.actions().stream().map(SemanticOrder::normalize)
        .sorted(Comparator.comparing(Block::slug)).toList();
    List<RunRestriction> restrictions = workflow.runRestrictionPolicies().stream()
        .sorted(Comparator.comparing((RunRestriction r) -> r.type().value()).thenComparing(RunRestriction::id))
        .toList();
    List<Variable> variables = workflow.variables().stream().sorted(Comparator.comparing(Variable::slug)).toList();
    return ImmutableWorkflow.copyOf(workflow).withActions(blocks).withRunRestrictionPolicies(restrictions)
        .withVariables(variables);
  }

  /** Returns the block with its {@code outgoingActions} (and a manual approval's team ids) sorted. */
  public static Block normalize(Block block) {
    Objects.requireNonNull(block, "block");
    ImmutableBlock out = ImmutableBlock.copyOf(block).withOutgoingActions(sorted(block.outgoingActions()));
    if (block.schema() instanceof ManualApproval approval) {
      return out.withSchema(ImmutableManualApproval.copyOf(approval)
          .withApprovingTeamIds(sorted(approval.approvingTeamIds())));
    }
    return out;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.ImmutableBranchPath;
import dev.cortexflow.model.block.ImmutableConditionalBranch;
import dev.cortexflow.model.block.Jq;
import java.util.List;

/** Small builders for the workflows the rule tests validate. */
final class Fixtures {

  private Fixtures() {}

  /** A GLOBAL workflow tagged {@code wf} with the given blocks. */
  static ImmutableWorkflow.Builder workflow(Block... blocks) {
    return Workflow.builder().tag("wf").name("Workflow").filter(GlobalFilter.of()).addActions(blocks);
  }

  /** A JQ pass-through block. */
  static ImmutableBlock jq(String slug, String... next) {
    return block(slug, Jq.of("."), next);
  }

  /** The root: a JQ pass-through block. */
  static ImmutableBlock root(String slug, String... next) {
    return block(slug, Jq.of("."), next).withIsRootAction(true);
  }

  static ImmutableBlock block(String slug, BlockSchema schema, String... next) {
    return Block.builder().slug(slug).name(slug).schema(schema).addOutgoingActions(next).build();
  }

  /** A branch path named and slugged {@code slug}, starting at {@code target}, with a trivial expression. */
  static ImmutableBranchPath path(String slug, String target) {
    return BranchPath.builder().name(slug).slug(slug).expression("true").outgoingAction(target)
        .type("CONDITIONAL").build();
  }

  static FallbackPath fallback(String slug, String target) {
    return FallbackPath.builder().name(slug).slug(slug).outgoingAction(target).type("FALLBACK").build();
  }

  /** A branch block whose outgoingActions are its paths' targets, as Cortex exports them. */
  static ImmutableBlock branch(String slug, String join, BranchPath... paths) {
    ImmutableConditionalBranch.Builder schema = ConditionalBranch.builder().addBranches(paths);
    if (join != null) {
      schema.joiningAction(join);
    }
    List<String> targets = java.util.Arrays.stream(paths).map(p -> p.outgoingAction().orElseThrow()).toList();
    return block(slug, schema.build(), targets.toArray(String[]::new));
  }

  static List<Violation> violations(Workflow workflow) {
    return WorkflowValidator.standard().validate(workflow).violations();
  }

  static List<Violation> violations(ImmutableWorkflow.Builder workflow) {
    return violations(workflow.build());
  }

  /** The violations with one code. */
  static List<Violation> violations(ImmutableWorkflow.Builder workflow, ViolationCode code) {
    return violations(workflow.build()).stream().filter(v -> v.code() == code).toList();
  }
}

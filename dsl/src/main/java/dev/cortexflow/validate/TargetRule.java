package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;

/** Every edge names a block: outgoingActions, branch path targets and joiningAction (UNKNOWN_TARGET). */
final class TargetRule implements ValidationRule {

  @Override
  public void check(ValidationContext context, List<Violation> out) {
    for (int i = 0; i < context.blocks().size(); i++) {
      Block b = context.blocks().get(i);
      String at = "/actions/" + i;
      List<String> targets = b.outgoingActions();
      for (int k = 0; k < targets.size(); k++) {
        target(context, out, i, at + "/outgoingActions/" + k, "outgoingActions", targets.get(k));
      }
      if (b.schema() instanceof ConditionalBranch branch) {
        int block = i;
        List<BranchPath> paths = branch.branches();
        for (int k = 0; k < paths.size(); k++) {
          String path = "path '" + paths.get(k).slug() + "'";
          String pointer = at + "/schema/branches/" + k + "/outgoingAction";
          paths.get(k).outgoingAction().ifPresent(t -> target(context, out, block, pointer, path, t));
        }
        branch.fallbackBranch().ifPresent(f -> f.outgoingAction().ifPresent(t -> target(context, out, block,
            at + "/schema/fallbackBranch/outgoingAction", "fallback path '" + f.slug() + "'", t)));
        branch.joiningAction().ifPresent(t -> target(context, out, block, at + "/schema/joiningAction",
            "joiningAction", t));
      }
    }
  }

  private static void target(ValidationContext context, List<Violation> out, int block, String pointer,
      String what, String target) {
    if (context.indexOf(target) < 0) {
      out.add(Violation.error(ViolationCode.UNKNOWN_TARGET, pointer, context.label(block) + ": " + what
          + " names '" + target + "', which is no block (" + context.knownBlocks() + ")"));
    }
  }
}

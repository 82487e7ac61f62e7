package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;

/** Every edge names a block: outgoingActions, branch path targets and joiningAction (UNKNOWN_TARGET). */
final class TargetRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block b, List<Violation> out) {
    List<String> targets = b.outgoingActions();
    for (int k = 0; k < targets.size(); k++) {
      if (context.indexOf(targets.get(k)) < 0) {
        unknown(context, out, i, "/actions/" + i + "/outgoingActions/" + k, "outgoingActions", targets.get(k));
      }
    }
    if (b.schema() instanceof ConditionalBranch branch) {
      String at = "/actions/" + i + "/schema";
      List<BranchPath> paths = branch.branches();
      for (int k = 0; k < paths.size(); k++) {
        String path = "path '" + paths.get(k).slug() + "'";
        String pointer = at + "/branches/" + k + "/outgoingAction";
        paths.get(k).outgoingAction().ifPresent(t -> target(context, out, i, pointer, path, t));
      }
      branch.fallbackBranch().ifPresent(f -> f.outgoingAction().ifPresent(t -> target(context, out, i,
          at + "/fallbackBranch/outgoingAction", "fallback path '" + f.slug() + "'", t)));
      branch.joiningAction().ifPresent(t -> target(context, out, i, at + "/joiningAction", "joiningAction", t));
    }
  }

  private static void target(ValidationContext context, List<Violation> out, int block, String pointer,
      String what, String target) {
    if (context.indexOf(target) < 0) {
      unknown(context, out, block, pointer, what, target);
    }
  }

  private static void unknown(ValidationContext context, List<Violation> out, int block, String pointer,
      String what, String target) {
    out.add(Violation.error(ViolationCode.UNKNOWN_TARGET, pointer, context.label(block) + ": " + what
        + " names '" + target + "', which is no block (" + context.knownBlocks() + ")"));
  }
}

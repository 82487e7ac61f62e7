package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;

/** Only a CONDITIONAL_BRANCH may have more than one successor (FAN_OUT). */
final class FanOutRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block b, List<Violation> out) {
    List<String> targets = b.outgoingActions();
    if (targets.size() > 1 && !(b.schema() instanceof ConditionalBranch)) {
      out.add(Violation.error(ViolationCode.FAN_OUT, "/actions/" + i + "/outgoingActions", context.label(i)
          + ": outgoingActions names " + targets.size() + " blocks (" + ValidationContext.join(targets)
          + "), but only a CONDITIONAL_BRANCH may lead to more than one: keep one, or branch"));
    }
  }
}

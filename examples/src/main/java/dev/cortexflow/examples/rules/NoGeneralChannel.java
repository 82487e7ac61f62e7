package dev.cortexflow.examples.rules;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.RuleContext;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowRule;
import java.util.List;
import java.util.Locale;

/**
 * No workflow posts to {@code #general}, which the whole company reads: a SLACK block whose {@code channel} is
 * {@code general} or {@code #general} (any case, surrounding blanks ignored) is an ERROR at that channel.
 *
 * <pre>{@code
 * ERROR NO_GENERAL_CHANNEL at /actions/4/schema/channel: block 'announce' (actions[4]) posts to #general, which
 *   the whole company reads: post to the team's own channel
 * }</pre>
 */
public final class NoGeneralChannel implements WorkflowRule {

  /** The code of this rule's violations. */
  public static final RuleCode CODE = RuleCode.of("NO_GENERAL_CHANNEL",
      "Workflows post to their team's channels, never to #general.");

  /** Creates the rule; ServiceLoader calls this. */
  public NoGeneralChannel() {}

  @Override
  public void check(RuleContext workflow, List<Violation> out) {
    List<Block> blocks = workflow.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).schema() instanceof Slack slack && isGeneral(slack.channel())) {
        out.add(Violation.error(CODE, workflow.pointer(i) + "/schema/channel", workflow.label(i)
            + " posts to #general, which the whole company reads: post to the team's own channel"));
      }
    }
  }

  private static boolean isGeneral(String channel) {
    String name = channel.strip().toLowerCase(Locale.ROOT);
    return name.equals("general") || name.equals("#general");
  }
}

package dev.cortexflow.examples.rules;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.ImmutableConditionalBranch;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.Slack;
import java.util.List;

/** Small model workflows for the rule tests, with graphs the DSL would not write (one block on two paths). */
final class RuleFixtures {

  private RuleFixtures() {}

  static Workflow workflow(Block... blocks) {
    return Workflow.builder().tag("wf").name("Workflow").description("A workflow.").filter(GlobalFilter.of())
        .addActions(blocks).build();
  }

  static Block root(Block block) {
    return Block.builder().from(block).isRootAction(true).build();
  }

  static Block block(String slug, BlockSchema schema, String... next) {
    return Block.builder().slug(slug).name(slug).schema(schema).addOutgoingActions(next).build();
  }

  static Block pass(String slug, String... next) {
    return block(slug, Jq.of("."), next);
  }

  static Block approval(String slug, String... next) {
    return block(slug, ManualApproval.builder().addApprovingTeamIds("release-managers").build(), next);
  }

  static Block http(String slug, String url, String... next) {
    return block(slug, HttpRequest.builder().url(url).httpMethod(HttpMethod.POST).build(), next);
  }

  static Block async(String slug, String url, String... next) {
    return block(slug, HttpRequestAsync.builder().url(url).httpMethod(HttpMethod.POST).build(), next);
  }

  static Block slack(String slug, String channel, String... next) {
    return block(slug, Slack.builder().channel(channel).message("hi").build(), next);
  }

  /** A branch whose paths start at the targets and join at {@code join}. */
  static Block branch(String slug, String join, String... targets) {
    ImmutableConditionalBranch.Builder schema = ConditionalBranch.builder().joiningAction(join);
    for (String target : targets) {
      schema.addBranches(BranchPath.builder().name(target).slug("to-" + target).expression("true")
          .outgoingAction(target).type("CONDITIONAL").build());
    }
    return block(slug, schema.build(), List.of(targets).toArray(String[]::new));
  }
}

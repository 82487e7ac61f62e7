package dev.cortexflow.client;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ManualApproval;

/** Small workflows built with the model, for client tests. */
final class TestWorkflows {

  private TestWorkflows() {}

  static Workflow approvalAndCall(String tag, String teamId, String secretTag) {
    return Workflow.builder().name("Deploy " + tag).tag(tag).filter(GlobalFilter.of())
        .addRunRestrictionPolicies(RunRestriction.of(RestrictionType.TEAM, teamId))
        .addRunRestrictionPolicies(RunRestriction.of(RestrictionType.USER, "someone@example.com"))
        .addActions(Block.builder().name("Approve").slug("approve").isRootAction(true)
            .schema(ManualApproval.builder().addApprovingTeamIds(teamId).build())
            .addOutgoingActions("call").build())
        .addActions(Block.builder().name("Call").slug("call")
            .schema(HttpRequest.builder().url("https://example.com/deploy").httpMethod(HttpMethod.POST)
                .putHeader("Authorization", "Bearer {{context.secrets." + secretTag + "}}").build())
            .build())
        .build();
  }
}

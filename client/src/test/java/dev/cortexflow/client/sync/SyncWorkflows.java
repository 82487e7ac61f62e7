package dev.cortexflow.client.sync;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ManualApproval;

/** Small valid workflows for sync tests. */
final class SyncWorkflows {

  private SyncWorkflows() {}

  /** Two blocks: notify -> call. */
  static Workflow simple(String tag) {
    return simple(tag, "https://example.com/" + tag);
  }

  static Workflow simple(String tag, String url) {
    return Workflow.builder().name("Workflow " + tag).tag(tag).description("Synced " + tag)
        .filter(GlobalFilter.of())
        .addActions(Block.builder().name("Call").slug("call").isRootAction(true)
            .schema(HttpRequest.builder().url(url).httpMethod(HttpMethod.POST)
                .putHeader("Content-Type", "application/json").payload("{\"tag\": \"" + tag + "\"}").build())
            .addOutgoingActions("done").build())
        .addActions(Block.builder().name("Done").slug("done")
            .schema(HttpRequest.builder().url(url + "/done").httpMethod(HttpMethod.GET).build())
            .build())
        .build();
  }

  /** A workflow with two root blocks: an ERROR for the local validator. */
  static Workflow twoRoots(String tag) {
    Workflow w = simple(tag);
    return w.toBuilder().actions(java.util.List.of(w.actions().get(0),
        Block.builder().from(w.actions().get(1)).isRootAction(true).build()))
        .build();
  }

  /** A workflow approved by {@code teamId}. */
  static Workflow approval(String tag, String teamId) {
    return Workflow.builder().name("Approve " + tag).tag(tag).filter(GlobalFilter.of())
        .addActions(Block.builder().name("Approve").slug("approve").isRootAction(true)
            .schema(ManualApproval.builder().addApprovingTeamIds(teamId).build()).build())
        .build();
  }
}

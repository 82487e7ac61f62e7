package com.example;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Slack;

/** Its only block points at a block that does not exist. */
public class Broken implements WorkflowSource {
  @Override
  public Workflow workflow() {
    return Workflow.builder().name("Broken").tag("broken").filter(GlobalFilter.of())
        .addActions(Block.builder().name("Say").slug("say")
            .schema(Slack.builder().channel("deploys").message("hi").build())
            .addOutgoingActions("nowhere")
            .isRootAction(true).build())
        .build();
  }
}

package com.example;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Slack;

public class Notify implements WorkflowSource {
  @Override
  public Workflow workflow() {
    return Workflow.builder().name("Notify").tag("it-notify").filter(GlobalFilter.of())
        .addActions(Block.builder().name("Say").slug("say")
            .schema(Slack.builder().channel("deploys").message("hi").build())
            .isRootAction(true).build())
        .build();
  }
}

package com.example.workflows;

import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;

/** Restarting a service: the owner says why, the platform team approves, the channel hears about it. */
public final class RestartService implements WorkflowSource {

  @Override
  public Workflow workflow() {
    UserInputBlock reason = userInput("reason", "Why restart?", text("reason", "Reason").required());
    return Workflows.workflow("example-restart-service", "Restart service")
        .entityScoped(OwnershipScope.OWNER, EntityScope.types("service"))
        .startWith(reason, form -> form
            .then(manualApproval("approve", "Approve restart", "platform-team"))
            .then(slack("announce", "Announce restart", "ops",
                template("{} restarts the service: {}", context().initiatedBy().name(), form.output("reason")))))
        .runnableViaApi()
        .build();
  }
}

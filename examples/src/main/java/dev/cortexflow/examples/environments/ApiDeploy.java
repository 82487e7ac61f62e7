package dev.cortexflow.examples.environments;

import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.examples.environments.ExampleEnvironments.APPROVING_TEAM;
import static dev.cortexflow.examples.environments.ExampleEnvironments.CHANNEL;
import static dev.cortexflow.examples.environments.ExampleEnvironments.DEPLOY_URL;
import static dev.cortexflow.examples.environments.ExampleEnvironments.RESET_URL;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.env.Environment;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * One class, two workspaces: {@code deploy-api} asks for a version, has the environment's team approve it, calls
 * the environment's deploy API and announces the deploy in the environment's channel; {@code reset-test-data}
 * exists only where the environment has a reset API (staging).
 */
public final class ApiDeploy implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public ApiDeploy() {}

  @Override
  public List<Workflow> workflows(Environment env) {
    List<Workflow> workflows = new ArrayList<>();
    workflows.add(deploy(env));
    env.find(RESET_URL).ifPresent(url -> workflows.add(reset(url)));
    return workflows;
  }

  private static Workflow deploy(Environment env) {
    UserInputBlock choose = userInput("choose", "Choose version",
        text("version", "Version").required().validationRegex("\\d+\\.\\d+\\.\\d+"));
    return Workflows.workflow("deploy-api", "Deploy the API")
        .global()
        .startWith(choose, form -> form
            .then(manualApproval("approve", "Approve deploy", env.get(APPROVING_TEAM))
                .approverDescription(template("Deploy {} to " + env.name(), form.output("version"))))
            .then(httpRequest("deploy", "Deploy", HttpMethod.POST, env.get(DEPLOY_URL))
                .header("Content-Type", "application/json")
                .payload(rawTemplate("{\"version\": \"{}\"}", form.output("version"))))
            .then(slack("announce", "Announce deploy", env.get(CHANNEL),
                template("{} deployed API {} to " + env.name(), context().initiatedBy().name(),
                    form.output("version")))))
        .description("Deploys a version of the API, approved by the environment's team.")
        .build();
  }

  private static Workflow reset(String url) {
    return Workflows.workflow("reset-test-data", "Reset test data")
        .global()
        .startWith(httpRequest("reset", "Reset", HttpMethod.POST, url))
        .description("Resets the test data of staging.")
        .build();
  }
}

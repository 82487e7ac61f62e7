package dev.cortexflow.examples;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Deploys a service: the owner picks a version and an environment, the platform team approves, production
 * deploys go through the release system (which calls back when done) and staging deploys are a plain HTTP call;
 * both paths join to announce the result in Slack.
 */
public final class DeployService implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public DeployService() {}

  @Override
  public Workflow workflow() {
    Var<String> environment = Var.string("environment").defaultValue("staging")
        .description("Environment the deploy targets");
    UserInputBlock choose = userInput("choose", "Choose version and environment",
        text("version", "Version").required().placeholder("e.g. 1.4.2").validationRegex("\\d+\\.\\d+\\.\\d+"),
        select("environment", "Environment", "staging", "prod").required().defaultValue("staging"));
    return Workflows.workflow("deploy-service", "Deploy service")
        .entityScoped(OwnershipScope.OWNER, EntityScope.types("service"))
        .startWith(choose, form -> form
                .then(setVariables("remember-environment", "Remember environment")
                    .set(environment, form.output("environment")))
                .then(manualApproval("approve", "Approve deploy", "platform-team")
                    .approverDescription(template("Deploy {} of {} to {}", form.output("version"),
                        context().entity().tag(), environment)))
                .then(branch("route", "Route by environment")
                    .when("production", "Production", Cel.eq(environment, "prod"), p -> p
                        .then(asyncHttpRequest("deploy-prod", "Deploy to production", HttpMethod.POST,
                            "https://release.internal.example.com/api/deploys")
                            .header("Authorization", rawTemplate("Bearer {}", secretRef("release-api-token")))
                            .header("Content-Type", "application/json")
                            .payload(rawTemplate("{\"service\": \"{}\", \"version\": \"{}\", \"callback\": \"{}\"}",
                                context().entity().tag(), form.output("version"), callbackUrl()))
                            .timeoutInSeconds(900)))
                    .otherwise("staging", "Staging", p -> p
                        .then(httpRequest("deploy-staging", "Deploy to staging", HttpMethod.POST,
                            template("https://staging.internal.example.com/deploy/{}", context().entity().tag()))
                            .payload(rawTemplate("{\"version\": \"{}\"}", form.output("version")))))
                    .joinAt(slack("announce", "Announce deploy", "deploys",
                        template("{} deployed {} {} to {}", context().initiatedBy().name(),
                            context().entity().name(), form.output("version"), environment)))))
        .description("Deploys a chosen version of a service, with approval for production.")
        .variables(environment)
        .runnableViaApi()
        .runResponseTemplate(template("Deployed **{}** to {}.", choose.output("version"), environment))
        .build();
  }
}

package dev.cortexflow.examples.corpus;

import static dev.cortexflow.dsl.Blocks.integrationAction;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.Workflow;

/**
 * Cortex's own "Create Environment" solution (cortexapps/cli, environments) re-created with the DSL: a form asks
 * for cloud, tier and region, and the Cortex entity action creates the environment entity from them.
 */
public final class CreateEnvironment implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public CreateEnvironment() {}

  @Override
  public Workflow workflow() {
    UserInputBlock inputs = userInput("collect-inputs", "Collect Inputs",
        select("cloudType", "Cloud Type", "gcp", "aws", "azure").required().description("Cloud provider"),
        select("envType", "Environment Type", "prod", "staging", "dev").required().description("Environment tier"),
        text("region", "Region").required().description("Cloud region (e.g. us-east-1, us-west-2, eu-west-1)"));
    Ref cloud = inputs.output("cloudType");
    Ref tier = inputs.output("envType");
    Ref region = inputs.output("region");
    return Workflows.workflow("create-environment", "Create Environment")
        .global()
        .startWith(inputs, collect -> collect
            .then(integrationAction("create-entity", "Create Environment Entity", "cortex.createOrUpdateEntity")
                .input("mode", "CREATE")
                .input("dryRun", false)
                .input("body", template("""
                    openapi: "3.0.0"
                    info:
                      title: "{}-{}-{}"
                      x-cortex-tag: "{}-{}-{}"
                      x-cortex-type: environment
                      x-cortex-description: "{} {} cluster in {}"
                      x-cortex-groups:
                        - "cloudType:{}"
                        - "envType:{}"
                        - "region:{}"
                    """, cloud, tier, region, cloud, tier, region, cloud, tier, region, cloud, tier, region))))
        .description("Creates a new environment entity in Cortex. Prompts for cloud type, environment type, and"
            + " region. Add your cluster provisioning steps after the entity creation action.\n")
        .draft()
        .runResponseTemplate(template("""
            Environment **{}-{}-{}** created successfully.

            [View entity](https://app.getcortexapp.com/admin?tag={}-{}-{})
            """, cloud, tier, region, cloud, tier, region))
        .failedRunResponseTemplate(template("""
            Failed to create environment **{}-{}-{}**. Check the action logs for details.
            """, cloud, tier, region))
        .build();
  }
}

package dev.cortexflow.imported;

import static dev.cortexflow.dsl.Blocks.block;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.integrations.cortex.CreateOrUpdateEntity;
import dev.cortexflow.model.Workflow;

/**
 * Workflow {@code create-environment}: Create Environment.
 *
 * <p>Imported from {@code cli-environments-create-environment.yaml}.
 */
public final class CreateEnvironment implements WorkflowSource {
  /**
   * Returns the workflow {@code create-environment}.
   */
  @Override
  public Workflow workflow() {
    return Workflows.workflow("create-environment", "Create Environment")
        .global()
        .startWith(
            userInput("collect-inputs", "Collect Inputs",
                select("cloudType", "Cloud Type", "gcp", "aws", "azure")
                    .required()
                    .description("Cloud provider"),
                select("envType", "Environment Type", "prod", "staging", "dev")
                    .required()
                    .description("Environment tier"),
                text("region", "Region")
                    .required()
                    .description("Cloud region (e.g. us-east-1, us-west-2, eu-west-1)")),
            collectInputs -> collectInputs.then(block("create-entity", "Create Environment Entity",
                    CreateOrUpdateEntity.builder()
                        .mode(CreateOrUpdateEntity.Mode.CREATE)
                        .dryRun(false)
                        .body(template(
                            """
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
                            """,
                            collectInputs.output("cloudType"),
                            collectInputs.output("envType"),
                            collectInputs.output("region"),
                            collectInputs.output("cloudType"),
                            collectInputs.output("envType"),
                            collectInputs.output("region"),
                            collectInputs.output("cloudType"),
                            collectInputs.output("envType"),
                            collectInputs.output("region"),
                            collectInputs.output("cloudType"),
                            collectInputs.output("envType"),
                            collectInputs.output("region")))
                        .build())))
        .description("Creates a new environment entity in Cortex. Prompts for cloud type, environment type, and region. Add your cluster provisioning steps after the entity creation action.\n")
        .draft()
        .runResponseTemplate(template(
            """
            Environment **{}-{}-{}** created successfully.

            [View entity](https://app.getcortexapp.com/admin?tag={}-{}-{})
            """,
            action("collect-inputs").field("cloudType"),
            action("collect-inputs").field("envType"),
            action("collect-inputs").field("region"),
            action("collect-inputs").field("cloudType"),
            action("collect-inputs").field("envType"),
            action("collect-inputs").field("region")))
        .failedRunResponseTemplate(template(
            "Failed to create environment **{}-{}-{}**. Check the action logs for details.\n",
            action("collect-inputs").field("cloudType"),
            action("collect-inputs").field("envType"),
            action("collect-inputs").field("region")))
        .build();
  }
}

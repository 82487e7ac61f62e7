package dev.cortexflow.imported;

import static dev.cortexflow.dsl.Blocks.block;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.expr.Expr.secret;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.integrations.github.GetFile;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Workflow {@code learn-cortex-install-scorecard}: Learn Cortex - install Scorecard.
 *
 * <p>Imported from {@code learn-cortex-install-scorecard.yaml}.
 */
public final class LearnCortexInstallScorecard implements WorkflowSource {
  /**
   * Returns the workflow {@code learn-cortex-install-scorecard}.
   */
  @Override
  public Workflow workflow() {
    return Workflows.workflow("learn-cortex-install-scorecard", "Learn Cortex - install Scorecard")
        .entityScoped(OwnershipScope.ALL, EntityScope.types("service")
            .groups("learn-cortex"))
        .startWith(
            block("get-file", "Get file",
                GetFile.builder()
                    .path("data/scorecards")
                    .repo("cortexapps/learn-cortex")
                    .integrationAlias("cortex-prod")
                    .build()),
            getFile -> {
              var dataTransformation = getFile.then(jq("data-transformation", "Data transformation",
                      Expr.jq("[{}[].name] | sort", getFile.output("response"))));
              var userInput = dataTransformation.then(userInput("user-input", "User input", select("select", "Select"))
                      .optionsFrom("select", dataTransformation.output("result")));
              var getScorecardFile = userInput.then(block("get-scorecard-file", "Get Scorecard file",
                      GetFile.builder()
                          .path(template("data/scorecards/{}", userInput.output("select")))
                          .repo("cortexapps/learn-cortex")
                          .integrationAlias("cortex-prod")
                          .build()));
              var dataTransformation2 = getScorecardFile.then(jq("data-transformation-2", "Data transformation",
                      Expr.jq("{} | gsub(\"\\n\"; \"\") | @base64d", getScorecardFile.output("response").field("content"))));
              dataTransformation2.then(httpRequest("http-request", "HTTP request",
                      HttpMethod.POST,
                      "https://api.getcortexapp.com/api/v1/scorecards/descriptor")
                      .header("Content-Type", "application/yaml;charset=UTF-8")
                      .header("Authorization",
                          template("Bearer {}", secret("cortex_api_key")))
                      .payload(dataTransformation2.output("result").mustacheRaw()));
            })
        .description("Adds a scorecard from https://github.com/cortexapps/learn-cortex/tree/main/data/scorecards.")
        .draft()
        .runResponseTemplate("Successfully installed Scorecard.")
        .build();
  }
}

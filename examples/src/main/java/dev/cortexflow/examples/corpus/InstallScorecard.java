package dev.cortexflow.examples.corpus;

import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.integrationAction;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.IntegrationActionBlock;
import dev.cortexflow.dsl.JqBlock;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Cortex's "Learn Cortex - install Scorecard" workflow (cortexapps/learn-cortex) re-created with the DSL: lists the
 * scorecards in a GitHub folder, lets the user pick one (options supplied by an override), decodes the file and
 * posts it to the Scorecards API.
 */
public final class InstallScorecard implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public InstallScorecard() {}

  @Override
  public Workflow workflow() {
    IntegrationActionBlock getFile = integrationAction("get-file", "Get file", "github.getFile")
        .input("path", "data/scorecards")
        .input("repo", "cortexapps/learn-cortex")
        .integrationAlias("cortex-prod");
    JqBlock names = jq("data-transformation", "Data transformation",
        "[" + getFile.output("response").jq() + "[].name] | sort");
    UserInputBlock choose = userInput("user-input", "User input", select("select", "Select"))
        .optionsFrom("select", names.output("result"));
    IntegrationActionBlock getScorecard = integrationAction("get-scorecard-file", "Get Scorecard file", "github.getFile")
        .input("path", template("data/scorecards/{}", choose.output("select")))
        .input("repo", "cortexapps/learn-cortex")
        .integrationAlias("cortex-prod");
    JqBlock decode = jq("data-transformation-2", "Data transformation",
        getScorecard.output("response").field("content").jq() + " | gsub(\"\\n\"; \"\") | @base64d");
    return Workflows.workflow("learn-cortex-install-scorecard", "Learn Cortex - install Scorecard")
        .entityScoped(OwnershipScope.ALL, EntityScope.types("service").groups("learn-cortex"))
        .startWith(getFile, start -> start
            .then(names)
            .then(choose)
            .then(getScorecard)
            .then(decode)
            .then(httpRequest("http-request", "HTTP request", HttpMethod.POST,
                "https://api.getcortexapp.com/api/v1/scorecards/descriptor")
                .header("Content-Type", "application/yaml;charset=UTF-8")
                .header("Authorization", template("Bearer {}", secretRef("cortex_api_key")))
                .payload(rawTemplate("{}", decode.output("result")))))
        .description("Adds a scorecard from https://github.com/cortexapps/learn-cortex/tree/main/data/scorecards.")
        .draft()
        .runResponseTemplate("Successfully installed Scorecard.")
        .build();
  }
}

package dev.cortexflow.examples;

import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.jira;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.entity;
import static dev.cortexflow.dsl.Inputs.multiSelect;
import static dev.cortexflow.dsl.Inputs.user;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.HttpRequestBlock;
import dev.cortexflow.dsl.JqBlock;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Quarterly access review of a service: lists who can deploy it, the reviewer picks whom to revoke (the options
 * come from the list), security approves, and a Jira ticket asks IT to remove the access.
 */
public final class AccessReview implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public AccessReview() {}

  @Override
  public Workflow workflow() {
    Var<String> revoked = Var.string("revoked").defaultValue("").description("Comma-separated accounts to revoke");
    HttpRequestBlock members = httpRequest("list-deployers", "List deployers", HttpMethod.GET,
        template("https://iam.acme.example.com/api/services/{}/deployers", context().entity().tag()))
        .header("Authorization", rawTemplate("Bearer {}", secretRef("iam-api-token")));
    JqBlock logins = jq("deployer-logins", "Deployer logins",
        "[" + members.output("body").field("members").jq() + "[].login] | sort");
    UserInputBlock review = userInput("review", "Review access",
        multiSelect("revoke", "Revoke access for").description("Everyone not selected keeps access"),
        user("reviewer", "Second reviewer").required(),
        entity("related", "Services sharing these credentials").allowMultiple().types("service"))
        .optionsFrom("revoke", logins.output("result"));
    return Workflows.workflow("access-review", "Review deploy access")
        .entityScoped(OwnershipScope.EDITOR, EntityScope.types("service").excludingGroups("sandbox"))
        .startWith(members, list -> list
            .then(logins)
            .then(review)
            .then(setVariables("collect", "Collect revocations")
                .setByScript(revoked, "return (" + review.output("revoke").js() + " || []).join(\", \");"))
            .then(manualApproval("security-approval", "Security approval", "security-team")
                .approverDescription(template("Revoke {} on {}", revoked, context().entity().name())))
            .then(jira("revoke-ticket", "Ask IT to revoke", "IT", "Task",
                template("Revoke deploy access to {}", context().entity().tag()),
                template("Reviewed by {} and {}. Revoke: {}. Related services: {}",
                    context().initiatedBy().email(), review.output("reviewer"), revoked, review.output("related")))
                .alias("acme-jira")
                .labels("access-review")))
        .description("Quarterly review of who may deploy a service.")
        .variables(revoked)
        .restrictRunToTeams("security-team")
        .restrictRunToRoles("compliance-officer")
        .restrictActionCompletionToRunnerUser()
        .build();
  }
}

package dev.cortexflow.examples.other;

import static dev.cortexflow.cloudflare.CloudflareBlocks.account;
import static dev.cortexflow.cloudflare.CloudflareBlocks.runInstance;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.cloudflare.CloudflareAccount;
import dev.cortexflow.cloudflare.CloudflareInstanceRun;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;

/**
 * Migrates a service's database with a Cloudflare Workflow: the owner picks the schema version, a
 * {@code db-migrate} instance runs on Cloudflare with the service and version as params, and Cortex waits for the
 * Workflow to post its result to the block's callback URL before announcing how many rows moved. The Cloudflare
 * token is the Cortex secret {@code cloudflare-api-token}; the Workflow reports back with its own Cortex token.
 */
public final class DatabaseMigration implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public DatabaseMigration() {}

  @Override
  public Workflow workflow() {
    CloudflareAccount cloudflare = account("023e105f4ecef8ad9ca31a8372d0c353", "cloudflare-api-token");
    UserInputBlock choose = userInput("choose", "Choose the schema version",
        text("schema-version", "Schema version").required().validationRegex("\\d+"));
    CloudflareInstanceRun migrate = runInstance("migrate", "Run the migration on Cloudflare", cloudflare,
        "db-migrate")
        .instanceId(context().workflowRunId())
        .param("service", context().entity().tag())
        .param("schemaVersion", choose.output("schema-version"))
        .param("requestedBy", context().initiatedBy().email())
        .timeoutInSeconds(3600);
    return Workflows.workflow("database-migration", "Migrate a service database")
        .entityScoped(OwnershipScope.OWNER, EntityScope.types("service"))
        .startWith(choose, form -> form
            .then(migrate.block())
            .then(slack("announce", "Announce the migration", "databases",
                template("{} migrated to schema {}: {} rows in {} s", context().entity().tag(),
                    choose.output("schema-version"), migrate.callbackOutput("rows"),
                    migrate.callbackOutput("seconds")))))
        .description("Runs the db-migrate Cloudflare Workflow for a service and waits for its result.")
        .build();
  }
}

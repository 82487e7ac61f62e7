package dev.cortexflow.examples;

import static dev.cortexflow.dsl.Blocks.githubCreateOrUpdateFile;
import static dev.cortexflow.dsl.Blocks.integrationAction;
import static dev.cortexflow.dsl.Blocks.javaScript;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.date;
import static dev.cortexflow.dsl.Inputs.multiSelect;
import static dev.cortexflow.dsl.Inputs.number;
import static dev.cortexflow.dsl.Inputs.secret;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.slackChannel;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.dsl.Inputs.textarea;
import static dev.cortexflow.dsl.Inputs.toggle;
import static dev.cortexflow.dsl.Inputs.user;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.model.Workflow;

/**
 * Onboards an existing service into the catalog: a form collects what Cortex needs, a script turns it into an
 * entity descriptor, Cortex registers the entity, the descriptor is committed to the service's repository and the
 * owning team hears about it in the channel they chose.
 */
public final class ServiceOnboarding implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public ServiceOnboarding() {}

  @Override
  public Workflow workflow() {
    UserInputBlock form = userInput("service-details", "Service details",
        text("tag", "Service tag").required().placeholder("payments-api").validationRegex("[a-z0-9-]+"),
        textarea("summary", "What does it do?").required(),
        select("tier", "Tier", "tier-1", "tier-2", "tier-3").optionsLabels("Critical", "Important", "Best effort")
            .defaultValue("tier-2"),
        multiSelect("environments", "Environments", "dev", "staging", "prod").defaultValue("dev", "staging"),
        toggle("public-api", "Exposes a public API").defaultValue(false),
        user("owner", "Technical owner").required().description("Gets paged for this service"),
        slackChannel("channel", "Team channel").required(),
        secret("repo-token", "Repository token").description("Only needed for private repositories")
            .validationRegex("gh[ps]_[A-Za-z0-9]+"),
        number("replicas", "Production replicas").min(1).max(50).defaultValue(3),
        date("go-live", "Planned go-live"))
        .jsValidatorScript("""
            if (inputs.tier === "tier-1" && !inputs.environments.includes("prod")) {
              return "Tier-1 services must run in prod";
            }
            return true;
            """);
    var descriptor = javaScript("build-descriptor", "Build descriptor", """
        const d = %s;
        const yaml = [
          "openapi: 3.0.1",
          "info:",
          "  title: " + d.tag,
          "  description: " + JSON.stringify(d.summary),
          "  x-cortex-tag: " + d.tag,
          "  x-cortex-type: service",
          "  x-cortex-groups: [" + [d.tier].concat(d.environments.map(e => "env:" + e)).join(", ") + "]",
          "  x-cortex-owners:",
          "    - type: EMAIL",
          "      email: " + d.owner[0].email,
        ].join("\\n");
        return { yaml: yaml, repository: "acme/" + d.tag };
        """.formatted(form.ref().js()));
    return Workflows.workflow("service-onboarding", "Onboard a service")
        .global()
        .startWith(form, details -> details
            .then(descriptor)
            .then(integrationAction("register", "Register in Cortex", "cortex.createOrUpdateEntity")
                .input("body", rawTemplate("{}", descriptor.output("yaml")))
                .input("mode", "UPSERT")
                .input("dryRun", false))
            .then(githubCreateOrUpdateFile("commit-descriptor", "Commit cortex.yaml",
                rawTemplate("{}", descriptor.output("repository")), "cortex.yaml",
                rawTemplate("{}", descriptor.output("yaml")),
                template("Add Cortex descriptor for {}", form.output("tag")))
                .alias("acme-github")
                .branch("main")
                .author("Cortex Workflows", "workflows@acme.example.com"))
            .then(slack("welcome", "Welcome the team", "platform-onboarding",
                template("{} onboarded {} (owner {}, go-live {}). Channel: {}",
                    context().initiatedBy().name(), form.output("tag"), form.output("owner"),
                    form.output("go-live"), form.output("channel")))))
        .description("Registers an existing service in the catalog and commits its descriptor.")
        .iconTag("Airplane")
        .runResponseTemplate(template("Service **{}** is in the catalog.", form.output("tag")))
        .build();
  }
}

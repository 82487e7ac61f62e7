package dev.cortexflow.examples;

import static dev.cortexflow.dsl.Blocks.aws;
import static dev.cortexflow.dsl.Blocks.scaffolder;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.dsl.Inputs.toggle;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.model.Workflow;
import java.util.List;
import java.util.Map;

/**
 * Creates a new service from the golden-path template: the engineer names it and picks a language, the Scaffolder
 * creates the repository and the catalog entity, AWS gets a container registry for it, and the team channel is
 * told where to find everything.
 */
public final class NewServiceScaffolding implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public NewServiceScaffolding() {}

  @Override
  public Workflow workflow() {
    UserInputBlock form = userInput("describe", "Describe the service",
        text("name", "Service name").required().validationRegex("[a-z][a-z0-9-]{2,40}"),
        select("language", "Language", "java", "go", "typescript").required(),
        toggle("with-database", "Needs a database").defaultValue(false));
    return Workflows.workflow("new-service", "Create a new service")
        .global()
        .startWith(form, describe -> describe
            .then(scaffolder("scaffold", "Scaffold repository", "golden-path-service")
                .inputFrom("project_name", form.output("name"), false)
                .inputFrom("language", form.output("language"), false)
                .inputFrom("database", form.output("with-database"), true)
                .createNewRepository(true)
                .createService(true))
            .then(aws("create-registry", "Create container registry", "123456789012", "eu-west-1",
                "ecr.createRepository")
                .input("repositoryName", rawTemplate("acme/{}", form.output("name")))
                .input("imageTagMutability", "IMMUTABLE")
                .input("tags", List.of(Map.of("Key", "owner", "Value", "platform"))))
            .then(slack("tell-team", "Tell the team", "new-services",
                template("{} created {} ({}); images go to acme/{}", context().initiatedBy().name(),
                    form.output("name"), form.output("language"), form.output("name")))))
        .description("Scaffolds a repository, registers the service and creates its container registry.")
        .restrictActionCompletionToRunnerUser()
        .build();
  }
}

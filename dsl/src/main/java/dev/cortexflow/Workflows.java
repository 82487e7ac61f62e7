package dev.cortexflow;

import dev.cortexflow.dsl.CheckReturnValue;
import dev.cortexflow.dsl.WorkflowBuilder;

/**
 * Static entry point of the fluent DSL. A workflow needs, in this order, a tag and name, a scope and a root block;
 * the compiler rejects a chain that skips one. Then come the optional settings and {@code build()}, which
 * validates the whole workflow.
 *
 * <pre class="compilable">{@code
 * import static dev.cortexflow.dsl.Blocks.*;
 * import static dev.cortexflow.dsl.Inputs.*;
 * import static dev.cortexflow.expr.Expr.*;
 *
 * Var<String> env = Var.string("environment").defaultValue("staging");
 * Workflow wf = Workflows.workflow("deploy-service", "Deploy service")
 *     .entityScoped(OwnershipScope.OWNER, EntityScope.types("service"))
 *     .startWith(userInput("choose", "Choose version").field(text("version", "Version").required()), form -> form
 *         .then(manualApproval("approve", "Approve", "platform-team-id"))
 *         .then(branch("route", "Route by environment")
 *             .when("prod", "Production", Cel.eq(env, "prod"), p -> p
 *                 .then(httpRequest("deploy-prod", "Deploy to production", HttpMethod.POST,
 *                     "https://deploy.example.com/prod")))
 *             .otherwise("other", "Other", p -> p
 *                 .then(httpRequest("deploy-staging", "Deploy to staging", HttpMethod.POST,
 *                     "https://deploy.example.com/staging")))
 *             .joinAt(slack("notify", "Notify", "deploys",
 *                 template("Deployed {} to {}", form.output("version"), env)))))
 *     .variables(env)
 *     .runnableViaApi()
 *     .build();
 * }</pre>
 */
public final class Workflows {

  private Workflows() {}

  /**
   * Starts a workflow with its unique identifier ({@code tag}: letters, digits, hyphens) and display name
   * ({@code name}).
   *
   * @throws IllegalArgumentException when the tag has other characters
   */
  @CheckReturnValue
  public static WorkflowBuilder.ScopeStep workflow(String tag, String name) {
    return WorkflowBuilder.start(tag, name);
  }
}

package dev.cortexflow.testing;

import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.manualApproval;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Workflows for the assertion tests: a small deploy workflow written with the DSL (a cut-down copy of the
 * examples module's DeployService, which this module cannot depend on), and hand-built model workflows, which
 * may be invalid.
 */
final class TestWorkflows {

  private TestWorkflows() {}

  /**
   * choose -> approve -> route -> (deploy-prod | deploy-staging) -> announce; announce reads choose's version.
   */
  static Workflow deploy() {
    Var<String> environment = Var.string("environment").defaultValue("staging");
    UserInputBlock choose = userInput("choose", "Choose version",
        text("version", "Version").required(), select("environment", "Environment", "staging", "prod").required());
    return Workflows.workflow("deploy", "Deploy").global()
        .startWith(choose, form -> form
            .then(manualApproval("approve", "Approve deploy", "platform-team"))
            .then(branch("route", "Route by environment")
                .when("production", "Production", Cel.eq(environment, "prod"), p -> p
                    .then(httpRequest("deploy-prod", "Deploy to production", HttpMethod.POST,
                        "https://prod.example.com/deploy")))
                .otherwise("staging", "Staging", p -> p
                    .then(httpRequest("deploy-staging", "Deploy to staging", HttpMethod.POST,
                        "https://staging.example.com/deploy")))
                .joinAt(slack("announce", "Announce deploy", "deploys",
                    template("Deployed {}", form.output("version"))))))
        .variables(environment)
        .build();
  }

  /** The deploy workflow with the approval moved onto the production path only. */
  static Workflow deployWithApprovalOnProductionOnly() {
    return workflow("deploy",
        root("choose", "route"),
        branchBlock("route", "announce", path("production", "approve"), path("staging", "deploy-staging")),
        jq("approve", "deploy-prod"),
        jq("deploy-prod", "announce"),
        jq("deploy-staging", "announce"),
        jq("announce")).build();
  }

  /** A GLOBAL workflow tagged {@code tag} with the given blocks, as they are (no validation). */
  static ImmutableWorkflow.Builder workflow(String tag, Block... blocks) {
    return Workflow.builder().tag(tag).name(tag).filter(GlobalFilter.of()).addActions(blocks);
  }

  static ImmutableBlock root(String slug, String... next) {
    return jq(slug, next).withIsRootAction(true);
  }

  /** A JQ pass-through block. */
  static ImmutableBlock jq(String slug, String... next) {
    return block(slug, Jq.of("."), next);
  }

  static ImmutableBlock block(String slug, BlockSchema schema, String... next) {
    return Block.builder().slug(slug).name(slug).schema(schema).addOutgoingActions(next).build();
  }

  /** A branch joining at {@code join} whose outgoingActions are its paths' targets. */
  static ImmutableBlock branchBlock(String slug, String join, BranchPath... paths) {
    ConditionalBranch schema = ConditionalBranch.builder().addBranches(paths).joiningAction(join).build();
    String[] targets = java.util.Arrays.stream(paths).map(p -> p.outgoingAction().orElseThrow())
        .toArray(String[]::new);
    return block(slug, schema, targets);
  }

  static BranchPath path(String slug, String target) {
    return BranchPath.builder().name(slug).slug(slug).expression("true").outgoingAction(target)
        .type("CONDITIONAL").build();
  }
}

package dev.cortexflow.imported;

import static dev.cortexflow.dsl.Blocks.block;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Var;
import dev.cortexflow.integrations.github.CreateBranch;
import dev.cortexflow.model.Workflow;

/**
 * Workflow {@code func-test-gh-create-branch}: Functional Test: GitHub Create Branch.
 *
 * <p>Imported from {@code gh-create-branch.yaml}.
 */
public final class FuncTestGhCreateBranch implements WorkflowSource {
  /**
   * Returns the workflow {@code func-test-gh-create-branch}.
   */
  @Override
  public Workflow workflow() {
    Var<String> repo = Var.string("repo");
    Var<String> newBranch = Var.string("new-branch");
    Var<String> sha = Var.string("sha");
    return Workflows.workflow("func-test-gh-create-branch", "Functional Test: GitHub Create Branch")
        .global()
        .startWith(block("create-branch", "Create branch",
            CreateBranch.builder()
                .repo(repo)
                .newBranch(newBranch)
                .sha(sha)
                .integrationAlias("__GITHUB_INTEGRATION_ALIAS__")
                .build()))
        .description("Functional test for the github.createBranch action block")
        .variables(repo, newBranch, sha)
        .runnableViaApi()
        .build();
  }
}

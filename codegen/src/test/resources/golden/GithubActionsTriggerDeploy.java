package dev.cortexflow.imported;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.passThrough;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Workflow {@code github-actions-trigger-deploy}: Trigger GitHub Actions Deploy.
 *
 * <p>Imported from {@code cli-trigger-github-deploy-branch-join-rev88e65a3.yaml}.
 */
public final class GithubActionsTriggerDeploy implements WorkflowSource {
  /**
   * Returns the workflow {@code github-actions-trigger-deploy}.
   */
  @Override
  public Workflow workflow() {
    Var<String> githubOwner = Var.string("github-owner")
        .defaultValue("")
        .description("GitHub organization or username that owns the repository.");
    Var<String> repoName = Var.string("repo-name")
        .defaultValue("")
        .description("Name of the GitHub repository to trigger the deploy workflow in.");
    return Workflows.workflow("github-actions-trigger-deploy", "Trigger GitHub Actions Deploy")
        .global()
        .startWith(
            branch("branch", "Branch")
                .when("ui-invocation", "UI invocation",
                    Cel.or(Cel.eq(githubOwner, ""), Cel.eq(repoName, "")),
                    path -> {
                      var inputs = path.then(userInput("inputs", "Inputs",
                              text("github-owner", "GitHub Owner")
                                  .placeholder("e.g. my-org")
                                  .required()
                                  .description("GitHub organization or username that owns the repository."),
                              text("repo-name", "Repository Name")
                                  .placeholder("e.g. cortex-deploy-demo")
                                  .required()
                                  .description("Name of the GitHub repository containing the Cortex deploy workflow."))
                              .valueFrom("github-owner", githubOwner, true)
                              .valueFrom("repo-name", repoName, true));
                      inputs.then(setVariables("set-variables", "Set variables")
                              .set(githubOwner, inputs.output("github-owner"))
                              .set(repoName, inputs.output("repo-name")));
                    })
                .when("api-invocation", "API invocation",
                    Cel.and(Cel.ne(githubOwner, ""), Cel.ne(repoName, "")),
                    path2 -> path2.then(passThrough("pass-through", "Pass through")))
                .joinAt(passThrough("merge", "Merge branches")),
            merge -> merge.then(asyncHttpRequest("trigger-deploy", "Trigger GitHub Actions Deploy",
                    HttpMethod.POST,
                    template("/repos/{}/{}/actions/workflows/cortex-deploy.yml/dispatches", githubOwner, repoName))
                    .payload(template(
                        "{\"ref\": \"main\", \"inputs\": {\"cortex_callback_url\": \"{}\"}}",
                        callbackUrl()))
                    .integrationAlias("PLACEHOLDER_INTEGRATION_ALIAS")
                    .integration("GitHub")
                    .timeoutInSeconds(120)))
        .description("""
        Triggers the Cortex deploy workflow on GitHub Actions and waits for the deployment to complete.
        GitHub Actions calls back to Cortex when finished, surfacing the result directly in this workflow run.
        """)
        .variables(githubOwner, repoName)
        .runnableViaApi()
        .runResponseTemplate(template(
            """
            # GitHub Actions Deploy

            Deploy complete for **{}/{}**.

            [View GitHub Actions runs](https://github.com/{}/{}/actions)

            ---

            ## GitHub workflow used for this deploy

            ```yaml
            name: Cortex Deploy

            on:
              push:
                branches: [main]
              workflow_dispatch:
                inputs:
                  cortex_callback_url:
                    description: 'Cortex async workflow callback URL (set automatically when triggered via Cortex workflow)'
                    required: false
                    default: ''

            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - name: Build
                    run: |
                      echo "Starting deployment..."
                      sleep 10
                      for i in 1 2 3; do
                        sleep 5
                        echo "Deployment progress: step $i/3"
                        if [ -n "$CORTEX_CALLBACK_URL" ]; then
                          curl -s -X POST "$CORTEX_CALLBACK_URL" \\
                            -H "Authorization: Bearer $CORTEX_API_KEY" \\
                            -H "Content-Type: application/json" \\
                            -d "$(jq -n --arg msg "Deployment progress: step $i/3" \\
                              '{"status": "IN_PROGRESS", "message": $msg, "output": {{}}}')" || true
                        fi
                      done
                      echo "Build complete!"

              notify-cortex:
                needs: build
                runs-on: ubuntu-latest
                steps:
                  - name: Register deploy in Cortex
                    continue-on-error: true
                    run: |
                      curl -s -f -X POST \\
                        "$CORTEX_BASE_URL/api/v1/catalog/github-actions-demo/deploys" \\
                        -H "Authorization: Bearer $CORTEX_API_KEY" \\
                        -H "Content-Type: application/json" \\
                        -d "$(jq -n \\
                          --arg sha '$GITHUB_SHA' \\
                          --arg actor '$GITHUB_ACTOR' \\
                          --arg branch '$GITHUB_REF_NAME' \\
                          --arg run_id '$GITHUB_RUN_ID' \\
                          --arg run_url '$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID' \\
                          --arg trigger '$GITHUB_EVENT_NAME' \\
                          --arg timestamp "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \\
                          '{
                            sha: $sha,
                            timestamp: $timestamp,
                            environment: "production",
                            type: "DEPLOY",
                            title: ("Triggered by " + $actor),
                            deployer: {name: $actor},
                            customData: {branch: $branch, runId: $run_id, runUrl: $run_url, trigger: $trigger}
                          }')"

                  - name: Notify Cortex workflow callback
                    if: always() && inputs.cortex_callback_url != ''
                    run: |
                      if [ "$NEEDS_BUILD_RESULT" = "success" ]; then
                        CORTEX_STATUS="SUCCESS"
                      elif [ "$NEEDS_BUILD_RESULT" = "cancelled" ]; then
                        CORTEX_STATUS="CANCELLED"
                      else
                        CORTEX_STATUS="FAILURE"
                      fi

                      curl -s -f -X POST "$CORTEX_CALLBACK_URL" \\
                        -H "Authorization: Bearer $CORTEX_API_KEY" \\
                        -H "Content-Type: application/json" \\
                        -d "$(jq -n \\
                          --arg status "$CORTEX_STATUS" \\
                          --arg sha '$GITHUB_SHA' \\
                          --arg run_id '$GITHUB_RUN_ID' \\
                          --arg run_url '$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID' \\
                          '{
                            status: $status,
                            message: "",
                            output: {sha: $sha, run_id: $run_id, run_url: $run_url}
                          }')"
            ```
            """,
            githubOwner,
            repoName,
            githubOwner,
            repoName))
        .build();
  }
}

package dev.cortexflow.examples.corpus;

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
import dev.cortexflow.dsl.UserInputBlock;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Cortex's own "Trigger GitHub Actions Deploy" solution (cortexapps/cli, revision 88e65a3) re-created with the
 * DSL: a root branch asks for the repository only when the Runs API did not pass it, both paths join at a merge
 * block, and an async HTTP block dispatches the GitHub workflow and waits for its callback.
 */
public final class TriggerGithubDeploy implements WorkflowSource {

  private static final String GITHUB_WORKFLOW = """
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
                        '{"status": "IN_PROGRESS", "message": $msg, "output": {}}')" || true
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
      """;

  /** Creates the source; needs nothing. */
  public TriggerGithubDeploy() {}

  @Override
  public Workflow workflow() {
    Var<String> owner = Var.string("github-owner").defaultValue("")
        .description("GitHub organization or username that owns the repository.");
    Var<String> repo = Var.string("repo-name").defaultValue("")
        .description("Name of the GitHub repository to trigger the deploy workflow in.");
    UserInputBlock inputs = userInput("inputs", "Inputs",
        text("github-owner", "GitHub Owner").required()
            .description("GitHub organization or username that owns the repository.")
            .placeholder("e.g. my-org"),
        text("repo-name", "Repository Name").required()
            .description("Name of the GitHub repository containing the Cortex deploy workflow.")
            .placeholder("e.g. cortex-deploy-demo"))
        .valueFrom("github-owner", owner, true)
        .valueFrom("repo-name", repo, true);
    return Workflows.workflow("github-actions-trigger-deploy", "Trigger GitHub Actions Deploy")
        .global()
        .startWith(branch("branch", "Branch")
                .when("ui-invocation", "UI invocation", Cel.or(Cel.eq(owner, ""), Cel.eq(repo, "")), p -> p
                    .then(inputs)
                    .then(setVariables("set-variables", "Set variables")
                        .set(owner, inputs.output("github-owner"))
                        .set(repo, inputs.output("repo-name"))))
                .when("api-invocation", "API invocation", Cel.and(Cel.ne(owner, ""), Cel.ne(repo, "")),
                    p -> p.then(passThrough("pass-through", "Pass through")))
                .joinAt(passThrough("merge", "Merge branches")),
            merge -> merge.then(asyncHttpRequest("trigger-deploy", "Trigger GitHub Actions Deploy", HttpMethod.POST,
                template("/repos/{}/{}/actions/workflows/cortex-deploy.yml/dispatches", owner, repo))
                .integration("GitHub")
                .integrationAlias("PLACEHOLDER_INTEGRATION_ALIAS")
                .payload(template("{\"ref\": \"main\", \"inputs\": {\"cortex_callback_url\": \"{}\"}}", callbackUrl()))
                .timeoutInSeconds(120)))
        .description("""
            Triggers the Cortex deploy workflow on GitHub Actions and waits for the deployment to complete.
            GitHub Actions calls back to Cortex when finished, surfacing the result directly in this workflow run.
            """)
        .draft(false)
        .runnableViaApi()
        .variables(owner, repo)
        .runResponseTemplate(template("""
            # GitHub Actions Deploy

            Deploy complete for **{}/{}**.

            [View GitHub Actions runs](https://github.com/{}/{}/actions)

            ---

            ## GitHub workflow used for this deploy

            """, owner, repo, owner, repo) + GITHUB_WORKFLOW)
        .build();
  }
}

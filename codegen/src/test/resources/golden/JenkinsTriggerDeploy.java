package dev.cortexflow.imported;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.setVariables;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.template;
import static dev.cortexflow.expr.Expr.variable;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Workflow {@code jenkins-trigger-deploy}: Solution: Trigger Jenkins Deploy.
 *
 * <p>Imported from {@code cli-trigger-jenkins-deploy.yaml}.
 */
public final class JenkinsTriggerDeploy implements WorkflowSource {
  /**
   * Returns the workflow {@code jenkins-trigger-deploy}.
   */
  @Override
  public Workflow workflow() {
    Var<String> jenkinsJob = Var.string("jenkins-job")
        .defaultValue("");
    Var<String> jenkinsAuth = Var.string("jenkins-auth")
        .defaultValue("");
    return Workflows.workflow("jenkins-trigger-deploy", "Solution: Trigger Jenkins Deploy")
        .entityScoped(OwnershipScope.ALL)
        .startWith(
            httpRequest("get-jenkins-config", "Get Jenkins config",
                HttpMethod.GET,
                template(
                    "https://api.getcortexapp.com/api/v1/catalog/{}/custom-data/jenkins",
                    context().entity().tag()))
                .header("Authorization", "Bearer {{&context.secrets.cortex_api_key}}")
                .header("Content-Type", "application/json"),
            getJenkinsConfig -> {
              var parseJenkinsConfig = getJenkinsConfig.then(jq("parse-jenkins-config", "Parse Jenkins config",
                      """
                      %s as $j |
                      if ($j == null or $j.job == null) then
                        error("No Jenkins configuration found. Add x-cortex-custom-metadata.jenkins with url, job, username, and token to this entity.")
                      else
                        {
                          job: $j.job,
                          auth: ("Basic " + (($j.username + ":" + $j.token) | @base64))
                        }
                      end
                      """.formatted(getJenkinsConfig.output("body").field("value").jq())));
              parseJenkinsConfig.then(setVariables("set-variables", "Set variables")
                      .set(jenkinsJob, parseJenkinsConfig.output("result").field("job"))
                      .set(jenkinsAuth, parseJenkinsConfig.output("result").field("auth")))
                  .then(asyncHttpRequest("trigger-deploy", "Trigger Jenkins Build",
                      HttpMethod.POST,
                      "JENKINS_BASE_URL/job/" + jenkinsJob.ref().mustache() + "/buildWithParameters?callback_url=" + callbackUrl().mustacheRaw() + "&cortex_entity_tag=" + context().entity().tag().mustache())
                      .header("Authorization", jenkinsAuth.ref().mustache())
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .timeoutInSeconds(300));
            })
        .description("""
        Triggers a Jenkins pipeline and waits for it to report completion back to Cortex,
        registering a deploy event on the target entity. No inputs required — Jenkins
        coordinates (url, job, username, token) are read from the entity's custom metadata.
        """)
        .variables(jenkinsJob, jenkinsAuth)
        .runnableViaApi()
        .runResponseTemplate(template(
            """
            # Jenkins Deploy — Complete

            **Job:** [{}]({}/job/{})

            **Cortex Deploys:** [see deploys for {}](https://app.getcortexapp.com/admin/resources?tag={})

            ---

            ## How this workflow works

            This Cortex workflow triggered a deploy in Jenkins and waited for it to finish.

            **1. Cortex read the entity's Jenkins configuration**

            The workflow fetched `x-cortex-custom-metadata.jenkins` from this entity to determine
            which Jenkins instance and job to trigger — no manual input required.

            **2. Cortex triggered the Jenkins build**

            It called the Jenkins `buildWithParameters` API, passing a one-time callback URL as
            the `callback_url` build parameter and the entity tag as `cortex_entity_tag`.

            **3. Jenkins ran the pipeline**

            The `cortex-deploy` pipeline runs two stages:

            - **Build** — your deploy steps (replace `echo "Placeholder"` with your real commands)

            - **Record Deploy** — POSTs a deploy event to `/api/v1/catalog/{tag}/deploys`, recording
              build number, URL, and job name. This feeds the Deploy Health scorecard.

            The `post { always { ... } }` block POSTs the final status (SUCCESS/FAILURE) to the
            callback URL — which is how Cortex knows the workflow run is done.

            **4. Cortex received the callback**

            When Jenkins posted to the callback URL, Cortex marked this workflow run complete.

            ---

            ## Adapting this to your own pipelines

            1. Replace `echo 'Placeholder for real deploy steps'` in the Build stage with your actual deploy commands

            2. Add the Record Deploy and callback steps to any existing Jenkinsfile — they only need
               the `CORTEX_API_KEY` and `CORTEX_BASE_URL` credentials plus the two build parameters

            3. Add `x-cortex-custom-metadata.jenkins` to your entity's catalog YAML with
               `url`, `job`, `username`, and `token` fields pointing at your real Jenkins job
            """,
            jenkinsJob,
            variable("jenkins-url"),
            jenkinsJob,
            context().entity().tag(),
            context().entity().tag()))
        .build();
  }
}

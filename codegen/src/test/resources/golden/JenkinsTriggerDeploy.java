package dev.cortexflow.imported;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import java.util.List;

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
    // This workflow is not valid, so it is built with the model API, which does not check it.
    // Fix these problems, then consider rewriting it with Workflows.workflow(...):
    //   ERROR UNDECLARED_VARIABLE at /runResponseTemplate: runResponseTemplate reads variables.jenkins-url, which is not declared (declared: jenkins-auth, jenkins-job): declare it under variables or fix the name
    return Workflow.builder()
        .name("Solution: Trigger Jenkins Deploy")
        .tag("jenkins-trigger-deploy")
        .description("""
        Triggers a Jenkins pipeline and waits for it to report completion back to Cortex,
        registering a deploy event on the target entity. No inputs required — Jenkins
        coordinates (url, job, username, token) are read from the entity's custom metadata.
        """)
        .filter(EntityFilter.builder()
            .ownershipScope(OwnershipScope.ALL)
            .build())
        .addVariable(Variable.builder()
            .slug("jenkins-job")
            .type(VariableType.STRING)
            .defaultValue(JsonValue.of(""))
            .build())
        .addVariable(Variable.builder()
            .slug("jenkins-auth")
            .type(VariableType.STRING)
            .defaultValue(JsonValue.of(""))
            .build())
        .runResponseTemplate("""
        # Jenkins Deploy — Complete

        **Job:** [{{variables.jenkins-job}}]({{variables.jenkins-url}}/job/{{variables.jenkins-job}})

        **Cortex Deploys:** [see deploys for {{context.entity.tag}}](https://app.getcortexapp.com/admin/resources?tag={{context.entity.tag}})

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
        """)
        .addAction(Block.builder()
            .name("Get Jenkins config")
            .slug("get-jenkins-config")
            .schema(HttpRequest.builder()
                .url("https://api.getcortexapp.com/api/v1/catalog/{{context.entity.tag}}/custom-data/jenkins")
                .httpMethod(HttpMethod.GET)
                .putHeader("Authorization", "Bearer {{&context.secrets.cortex_api_key}}")
                .putHeader("Content-Type", "application/json")
                .build())
            .outgoingActions(List.of("parse-jenkins-config"))
            .isRootAction(true)
            .build())
        .addAction(Block.builder()
            .name("Parse Jenkins config")
            .slug("parse-jenkins-config")
            .schema(Jq.of("""
            .actions."get-jenkins-config".outputs.body.value as $j |
            if ($j == null or $j.job == null) then
              error("No Jenkins configuration found. Add x-cortex-custom-metadata.jenkins with url, job, username, and token to this entity.")
            else
              {
                job: $j.job,
                auth: ("Basic " + (($j.username + ":" + $j.token) | @base64))
              }
            end
            """))
            .outgoingActions(List.of("set-variables"))
            .build())
        .addAction(Block.builder()
            .name("Set variables")
            .slug("set-variables")
            .schema(SetVariables.builder()
                .addVariable(VariableAssignment.of("jenkins-job", VariableSource.reference("actions.parse-jenkins-config.outputs.result.job")))
                .addVariable(VariableAssignment.of("jenkins-auth", VariableSource.reference("actions.parse-jenkins-config.outputs.result.auth")))
                .build())
            .outgoingActions(List.of("trigger-deploy"))
            .build())
        .addAction(Block.builder()
            .name("Trigger Jenkins Build")
            .slug("trigger-deploy")
            .schema(HttpRequestAsync.builder()
                .url("JENKINS_BASE_URL/job/{{variables.jenkins-job}}/buildWithParameters?callback_url={{{callbackUrl}}}&cortex_entity_tag={{context.entity.tag}}")
                .httpMethod(HttpMethod.POST)
                .putHeader("Authorization", "{{variables.jenkins-auth}}")
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .timeoutInSeconds(300)
                .build())
            .build())
        .isRunnableViaApi(true)
        .build();
  }
}

package dev.cortexflow.withcortex;

import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.template;
import static dev.cortexflow.withcortex.WithCortexBlocks.app;
import static dev.cortexflow.withcortex.WithCortexBlocks.runWorkflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WithCortexBlocksTest {

  private static final WithCortexApp AI = app("app_7f3k", "withcortex-api-key");

  @Test
  void run_workflow_renders_a_post_with_input_version_and_the_key_as_a_secret() {
    // given
    WithCortexRun summarise = runWorkflow("summarise", "Summarise the account", AI, "work_1")
        .input("company", context().initiatedBy().name())
        .input("languages", JsonValue.from(java.util.List.of("en", "fr")))
        .version("3");

    // when
    Workflow wf = Workflows.workflow("account-summary", "Account summary").global()
        .startWith(summarise.block(), s -> s
            .then(slack("post", "Post", "sales", template("{}: {}", summarise.status(), summarise.result()))))
        .build();

    // then
    HttpRequest schema = (HttpRequest) wf.block("summarise").orElseThrow().schema();
    assertThat(schema.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(schema.url()).isEqualTo("https://api.withcortex.ai/apps/app_7f3k/workflows/work_1/runs");
    assertThat(schema.headers()).containsExactly(
        Map.entry("Authorization", "Bearer {{{context.secrets.withcortex-api-key}}}"),
        Map.entry("Content-Type", "application/json"));
    assertThat(schema.payload()).contains("{\"input\":{\"company\":\"{{{context.initiatedBy.name}}}\","
        + "\"languages\":[\"en\",\"fr\"]},\"workflow_version_id\":3}");
    assertThat(summarise.runId().path()).isEqualTo("actions.summarise.outputs.body.id");
    assertThat(summarise.status().path()).isEqualTo("actions.summarise.outputs.body.status");
    assertThat(summarise.result().path()).isEqualTo("actions.summarise.outputs.body.result");
    assertThat(summarise.error().path()).isEqualTo("actions.summarise.outputs.body.error");
    assertThat(summarise.output().path()).isEqualTo("actions.summarise.outputs.body.output");
    assertThat(WorkflowValidator.standard().validate(wf).violations()).isEmpty();
  }

  @Test
  void a_background_run_without_input_sends_an_empty_input_object() {
    // when
    Workflow wf = Workflows.workflow("w", "W").global()
        .startWith(runWorkflow("go", "Go", AI.withBaseUrl("https://proxy.example.com/"), "work_1").version("latest")
            .inBackground().block())
        .build();

    // then
    HttpRequest schema = (HttpRequest) wf.block("go").orElseThrow().schema();
    assertThat(schema.url()).isEqualTo("https://proxy.example.com/apps/app_7f3k/workflows/work_1/runs");
    assertThat(schema.payload()).contains("{\"input\":{},\"workflow_version_id\":\"latest\",\"background\":true}");
  }

  @Test
  void rejects_what_cannot_be_a_safe_request() {
    assertThatThrownBy(() -> app("app_7f3k", "sk-live key"))
        .hasMessage("secret tag 'sk-live key' is not valid: use the tag of a Cortex secret ([A-Za-z0-9_-]), never"
            + " the key itself");
    assertThatThrownBy(() -> runWorkflow("r", "R", AI, "../admin"))
        .hasMessage("workflow id '../admin' is not valid: use the id withcortex.ai shows ([A-Za-z0-9_-])");
    assertThatThrownBy(() -> runWorkflow("r", "R", AI, "work_1").version("1").version("2"))
        .hasMessage("version of block 'r' is already set");
    assertThatThrownBy(() -> runWorkflow("r", "R", AI, "work_1").input("a", 1).input("a", 2))
        .hasMessage("payload member 'a' is already set");
  }
}

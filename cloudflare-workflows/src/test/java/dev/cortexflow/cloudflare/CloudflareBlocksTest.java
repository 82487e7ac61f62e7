package dev.cortexflow.cloudflare;

import static dev.cortexflow.cloudflare.CloudflareBlocks.account;
import static dev.cortexflow.cloudflare.CloudflareBlocks.runInstance;
import static dev.cortexflow.cloudflare.CloudflareBlocks.sendEvent;
import static dev.cortexflow.cloudflare.CloudflareBlocks.startInstance;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudflareBlocksTest {

  private static final CloudflareAccount CF = account("023e105f4ecef8ad9ca31a8372d0c353", "cloudflare-api-token");
  private static final String INSTANCES =
      "https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/workflows/db-migrate/instances";

  @Test
  void run_instance_renders_an_async_post_with_the_callback_url_in_the_params_and_the_token_as_a_secret() {
    // given
    CloudflareInstanceRun migrate = runInstance("migrate", "Run the migration", CF, "db-migrate")
        .instanceId(context().workflowRunId())
        .param("requestedBy", context().initiatedBy().email())
        .param("dryRun", false)
        .timeoutInSeconds(3600);

    // when
    Workflow wf = Workflows.workflow("migrate-db", "Migrate a database").global()
        .startWith(migrate.block(), m -> m
            .then(slack("done", "Done", "deploys", template("{} rows", migrate.callbackOutput("rows")))))
        .build();

    // then
    HttpRequestAsync schema = (HttpRequestAsync) wf.block("migrate").orElseThrow().schema();
    assertThat(schema.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(schema.url()).isEqualTo(INSTANCES);
    assertThat(schema.headers()).containsExactly(
        Map.entry("Authorization", "Bearer {{{context.secrets.cloudflare-api-token}}}"),
        Map.entry("Content-Type", "application/json"));
    assertThat(schema.payload()).contains("{\"instance_id\":\"{{{context.workflowRunId}}}\",\"params\":"
        + "{\"cortexCallbackUrl\":\"{{{callbackUrl}}}\",\"requestedBy\":\"{{{context.initiatedBy.email}}}\",\"dryRun\":false}}");
    assertThat(schema.timeoutInSeconds()).contains(3600);
    assertThat(migrate.callbackOutput("rows").path()).isEqualTo("actions.migrate.outputs.result.output.rows");
    assertThat(migrate.callbackResponse().mustache()).isEqualTo("{{actions.migrate.outputs.result.output}}");
    assertThat(WorkflowValidator.standard().validate(wf).violations()).isEmpty();
  }

  @Test
  void start_instance_and_send_event_read_the_new_instance_id_from_the_answer() {
    // given
    CloudflareInstanceStart start = startInstance("start", "Start the migration", CF, "db-migrate")
        .param("service", "payments");
    CloudflareEvent approve = sendEvent("approve", "Approve", CF, "db-migrate", start.instanceId(), "approval")
        .payload("approved", true)
        .payload("by", context().initiatedBy().email());

    // when
    Workflow wf = Workflows.workflow("gated-migration", "Gated migration").global()
        .startWith(start.block(), s -> s.then(approve.block()))
        .build();

    // then
    HttpRequest started = (HttpRequest) wf.block("start").orElseThrow().schema();
    assertThat(started.url()).isEqualTo(INSTANCES);
    assertThat(started.payload()).contains("{\"params\":{\"service\":\"payments\"}}");
    HttpRequest event = (HttpRequest) wf.block("approve").orElseThrow().schema();
    assertThat(event.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(event.url()).isEqualTo(INSTANCES + "/{{{actions.start.outputs.body.result.id}}}/events/approval");
    assertThat(event.headers()).containsEntry("Authorization", "Bearer {{{context.secrets.cloudflare-api-token}}}");
    assertThat(event.payload()).contains("{\"approved\":true,\"by\":\"{{{context.initiatedBy.email}}}\"}");
    assertThat(start.status().path()).isEqualTo("actions.start.outputs.body.result.status");
    assertThat(start.versionId().path()).isEqualTo("actions.start.outputs.body.result.version_id");
    assertThat(approve.success().path()).isEqualTo("actions.approve.outputs.body.success");
    assertThat(WorkflowValidator.standard().validate(wf).violations()).isEmpty();
  }

  @Test
  void a_block_reading_an_instance_that_has_not_started_yet_is_reported() {
    // given: the event is sent before the instance exists
    CloudflareInstanceStart start = startInstance("start", "Start", CF, "db-migrate");
    CloudflareEvent early = sendEvent("early", "Too early", CF, "db-migrate", start.instanceId(), "approval");

    // then
    assertThatThrownBy(() -> Workflows.workflow("wrong-order", "Wrong order").global()
        .startWith(early.block(), e -> e.then(start.block())).build())
        .hasMessageContaining("NOT_UPSTREAM");
  }

  @Test
  void literal_braces_in_params_survive_the_template() {
    // when
    CloudflareInstanceStart start = startInstance("start", "Start", CF, "db-migrate").param("pattern", "{}");

    // then
    Workflow wf = Workflows.workflow("w", "W").global().startWith(start.block()).build();
    assertThat(((HttpRequest) wf.block("start").orElseThrow().schema()).payload())
        .contains("{\"params\":{\"pattern\":\"{}\"}}");
  }

  @Test
  void rejects_what_cannot_be_a_safe_request() {
    assertThatThrownBy(() -> account("023e105f4ecef8ad9ca31a8372d0c353", "Bearer abc"))
        .hasMessage("secret tag 'Bearer abc' is not valid: use the tag of a Cortex secret ([A-Za-z0-9_-]),"
            + " never the token itself");
    assertThatThrownBy(() -> startInstance("s", "S", CF, "db/../x"))
        .hasMessage("workflow name 'db/../x' is not valid: use 1 to 64 of [A-Za-z0-9_-]");
    assertThatThrownBy(() -> sendEvent("e", "E", CF, "db-migrate", context().workflowRunId(), "a b"))
        .hasMessage("event type 'a b' of block 'e' is not valid: use 1 to 100 of [A-Za-z0-9_.-], as the workflow's"
            + " waitForEvent names it");
    assertThatThrownBy(() -> runInstance("r", "R", CF, "db-migrate").param("cortexCallbackUrl", "x"))
        .hasMessage("param 'cortexCallbackUrl' of block 'r' is set by the block: it carries the callback URL");
    assertThatThrownBy(() -> startInstance("s", "S", CF, "db-migrate").instanceId("x".repeat(101)))
        .hasMessage("instance id '" + "x".repeat(101) + "' is not valid: use 1 to 100 characters");
  }
}

package dev.cortexflow.examples.other;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WriteOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

  private final Workflow migration = new DatabaseMigration().workflow();

  @Test
  void is_valid_without_a_single_warning() {
    assertThat(migration).isValid().hasNoViolations();
  }

  @Test
  void starts_the_cloudflare_workflow_with_the_callback_url_and_waits_for_it() {
    assertThat(migration)
        .hasPath("choose", "migrate", "announce")
        .hasBlock("migrate").isOfType("HTTP_REQUEST_ASYNC").readsFrom("choose")
        .hasSchemaSatisfying(HttpRequestAsync.class, run -> {
          assertThat(run.url()).isEqualTo("https://api.cloudflare.com/client/v4/accounts/"
              + "023e105f4ecef8ad9ca31a8372d0c353/workflows/db-migrate/instances");
          assertThat(run.headers()).containsEntry("Authorization", "Bearer {{{context.secrets.cloudflare-api-token}}}");
          assertThat(run.payload()).contains("{\"instance_id\":\"{{{context.workflowRunId}}}\",\"params\":"
              + "{\"cortexCallbackUrl\":\"{{{callbackUrl}}}\",\"service\":\"{{{context.entity.tag}}}\","
              + "\"schemaVersion\":\"{{{actions.choose.outputs.schema-version}}}\","
              + "\"requestedBy\":\"{{{context.initiatedBy.email}}}\"}}");
          assertThat(run.timeoutInSeconds()).contains(3600);
        });
  }

  @Test
  void the_announcement_reads_what_the_workflow_posted_back() {
    assertThat(migration).hasBlock("announce").readsFrom("migrate");
  }

  @Test
  void renders_to_its_golden_file_and_reads_back_to_the_same_workflow() {
    assertThat(migration)
        .rendersToFile(Path.of("src/test/resources/golden/database-migration.yaml"),
            WriteOptions.generatedFrom(DatabaseMigration.class.getName()))
        .isSemanticallyEqualTo(WorkflowYaml.read(WorkflowYaml.write(migration)).workflow());
  }
}

package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CortexClientModelTest {

  private static final Workflow WORKFLOW = TestWorkflows.approvalAndCall("deploy", "platform", "token");

  private MockApi api;

  @BeforeEach
  void start() throws Exception {
    api = new MockApi(RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  @Test
  void creates_or_updates_from_the_model_as_a_json_descriptor() throws Exception {
    // given
    api.enqueue(200, "{\"tag\":\"deploy\",\"name\":\"Deploy deploy\"}");

    // when
    api.client.createOrUpdate(WORKFLOW);

    // then
    RecordedRequest r = api.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo(WorkflowJson.write(WORKFLOW));
  }

  @Test
  void reads_a_live_workflow_into_the_model_without_server_keys() throws Exception {
    // given
    String live = WorkflowJson.write(WORKFLOW).replaceFirst("\\{", "{\"id\":\"cw1\",\"createdAt\":\"2026-01-01\",");
    api.enqueue(200, live);

    // when
    Workflow read = api.client.getWorkflow("deploy");

    // then
    assertThat(read).isEqualTo(WORKFLOW);
    RecordedRequest r = api.take();
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/deploy");
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void an_unreadable_live_workflow_is_a_malformed_response() {
    // given
    api.enqueue(200, "[1, 2]");

    // when / then
    assertThatThrownBy(() -> api.client.getWorkflow("deploy"))
        .isInstanceOf(CortexApiException.MalformedResponse.class)
        .hasMessage("[200] GET /api/v1/workflows/deploy: the definition is not a JSON object");
  }

  @Test
  void validates_the_model_as_a_json_descriptor() throws Exception {
    // given
    api.enqueue(200, "{\"ok\":true,\"violations\":[]}");

    // when
    ValidationResult result = api.client.validate(WORKFLOW);

    // then
    assertThat(result.ok()).isTrue();
    RecordedRequest r = api.take();
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/validate");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo(WorkflowJson.write(WORKFLOW));
  }
}

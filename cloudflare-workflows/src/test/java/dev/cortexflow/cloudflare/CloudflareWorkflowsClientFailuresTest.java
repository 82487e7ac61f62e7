package dev.cortexflow.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The failure model: one exception family, status + method + path, the token never shown, safe retries. */
class CloudflareWorkflowsClientFailuresTest {

  private static final String NOT_FOUND = "{\"success\":false,\"errors\":[{\"code\":10404,\"message\":"
      + "\"Workflow not found\"}],\"messages\":[],\"result\":null}";

  private MockCloudflare cf;

  @AfterEach
  void stop() throws Exception {
    cf.close();
  }

  @Test
  void maps_a_404_envelope_to_not_found_naming_status_method_path_and_the_error() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.none());
    cf.enqueue(404, NOT_FOUND);

    // when
    CortexApiException.NotFound e = catchThrowableOfType(CortexApiException.NotFound.class,
        () -> cf.client.getWorkflow("gone"));

    // then
    assertThat(e).hasMessage("[404] GET " + MockCloudflare.ROOT + "/gone: Workflow not found (code 10404)");
    assertThat(e.path()).isEqualTo(MockCloudflare.ROOT + "/gone");
  }

  @Test
  void says_which_variable_to_set_when_a_401_comes_without_a_token() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.none());
    CloudflareWorkflowsClient anonymous = cf.builder().token(() -> null).build();
    cf.enqueue(401, "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}]}");

    // then
    assertThatThrownBy(() -> anonymous.deleteWorkflow("w"))
        .isInstanceOf(CortexApiException.Unauthorized.class)
        .hasMessage("[401] DELETE " + MockCloudflare.ROOT + "/w: no API token: set CLOUDFLARE_API_TOKEN");
    assertThat(cf.take().getHeader("Authorization")).isNull();
  }

  @Test
  void never_shows_the_token_even_when_the_server_echoes_it() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.none());
    cf.enqueue(403, "{\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"token " + MockCloudflare.TOKEN
        + " may not do this\"}]}");

    // when
    CortexApiException e = catchThrowableOfType(CortexApiException.class, () -> cf.client.getWorkflow("w"));

    // then
    assertThat(e).isInstanceOf(CortexApiException.Forbidden.class);
    assertThat(e.getMessage()).doesNotContain(MockCloudflare.TOKEN).contains("token <redacted> may not do this");
    assertThat(e.body()).doesNotContain(MockCloudflare.TOKEN);
    assertThat(cf.client.toString()).doesNotContain(MockCloudflare.TOKEN)
        .isEqualTo("CloudflareWorkflowsClient[" + cf.server.url("/client/v4").toString().replaceAll("/$", "")
            + ", account " + MockCloudflare.ACCOUNT + "]");
  }

  @Test
  void reports_a_success_status_whose_envelope_says_otherwise_as_a_malformed_response() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.none());
    cf.enqueue(200, "{\"success\":false,\"errors\":[],\"result\":null}");

    // then
    assertThatThrownBy(() -> cf.client.getWorkflow("w"))
        .isInstanceOf(CortexApiException.MalformedResponse.class)
        .hasMessage("[200] GET " + MockCloudflare.ROOT + "/w: response says success: false");
  }

  @Test
  void retries_reads_and_pauses_after_a_5xx() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.standard());
    cf.enqueue(502, "bad gateway");
    cf.ok("{\"status\":\"paused\",\"timestamp\":\"2026-12-01T09:10:00Z\"}");

    // when
    StatusChange change = cf.client.pause("db-migrate", "migrate-42");

    // then
    assertThat(change.status()).isEqualTo(InstanceStatus.PAUSED);
    assertThat(cf.server.getRequestCount()).isEqualTo(2);
    assertThat(cf.sleeps()).hasSize(1);
  }

  @Test
  void never_repeats_an_instance_start_a_restart_or_an_event_after_a_5xx() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.standard());
    for (int i = 0; i < 3; i++) {
      cf.enqueue(500, "{\"success\":false,\"errors\":[{\"code\":10001,\"message\":\"internal\"}]}");
    }

    // then
    assertThatThrownBy(() -> cf.client.createInstance("db-migrate", InstanceRequest.empty()))
        .isInstanceOf(CortexApiException.ServerError.class)
        .hasMessage("[500] POST " + MockCloudflare.ROOT + "/db-migrate/instances: internal (code 10001)");
    assertThatThrownBy(() -> cf.client.restart("db-migrate", "migrate-42"))
        .isInstanceOf(CortexApiException.ServerError.class);
    assertThatThrownBy(() -> cf.client.sendEvent("db-migrate", "migrate-42", "approval", Map.of()))
        .isInstanceOf(CortexApiException.ServerError.class);
    assertThat(cf.server.getRequestCount()).isEqualTo(3);
    assertThat(cf.sleeps()).isEmpty();
  }

  @Test
  void waits_out_a_429_even_for_an_instance_start() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.standard());
    cf.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
        .setBody("{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"Please wait and consider throttling\"}]}"));
    cf.ok(CloudflareWorkflowsClientRequestsTest.INSTANCE);

    // when
    Instance i = cf.client.createInstance("db-migrate", InstanceRequest.empty().withId("migrate-42"));

    // then
    assertThat(i.id()).isEqualTo("migrate-42");
    assertThat(cf.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retries_a_dropped_connection_of_a_read() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.standard());
    cf.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    cf.ok(CloudflareWorkflowsClientRequestsTest.WORKFLOW);

    // then
    assertThat(cf.client.getWorkflow("db-migrate").name()).isEqualTo("db-migrate");
  }

  @Test
  void names_the_read_timeout_when_no_answer_comes_in_time() throws Exception {
    // given
    cf = new MockCloudflare(RetryPolicy.none());
    CloudflareWorkflowsClient impatient = cf.builder().retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofMillis(200)).build();
    cf.server.enqueue(new MockResponse().setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
        .setBody(CloudflareWorkflowsClientRequestsTest.WORKFLOW));

    // then
    assertThatThrownBy(() -> impatient.getWorkflow("db-migrate"))
        .isInstanceOf(CortexApiException.Unreachable.class)
        .hasMessage("GET " + MockCloudflare.ROOT + "/db-migrate: no answer from '"
            + cf.server.url("/client/v4").toString().replaceAll("/$", "") + "' within the read timeout of 0.2 s");
  }

  @Test
  void keeps_below_the_rate_limit_of_its_window() throws Exception {
    // given: 2 requests per 5 minutes
    cf = new MockCloudflare(RetryPolicy.none());
    CloudflareWorkflowsClient limited = cf.builder().rateLimit(2, Duration.ofMinutes(5)).build();
    for (int i = 0; i < 3; i++) {
      cf.ok(CloudflareWorkflowsClientRequestsTest.WORKFLOW);
    }

    // when
    for (int i = 0; i < 3; i++) {
      limited.getWorkflow("db-migrate");
    }

    // then: the 3rd waits until the 1st ended more than five minutes ago
    assertThat(cf.sleeps()).containsExactly(Duration.ofMinutes(5).plusMillis(1));
  }

  @Test
  void rejects_bad_names_before_any_request() throws Exception {
    cf = new MockCloudflare(RetryPolicy.none());
    assertThatThrownBy(() -> cf.client.getWorkflow("x".repeat(65)))
        .hasMessage("workflow name '" + "x".repeat(65) + "' is not valid: use 1 to 64 characters");
    assertThatThrownBy(() -> cf.client.getInstance("w", ""))
        .hasMessage("instance id '' is not valid: use 1 to 100 characters");
    assertThatThrownBy(() -> cf.client.createInstances("w", java.util.List.of()))
        .hasMessage("no instance to create in the batch for workflow 'w': give at least one request");
    assertThatThrownBy(() -> cf.client.sendEvent("w", "i", " ", Map.of()))
        .hasMessage("event type is blank: use the type the workflow's waitForEvent names");
    assertThat(cf.server.getRequestCount()).isZero();
  }

  @Test
  void refuses_a_base_url_with_user_info_and_a_token_with_a_line_break_without_printing_them() throws Exception {
    cf = new MockCloudflare(RetryPolicy.none());
    assertThatThrownBy(() -> CloudflareWorkflowsClient.builder()
        .baseUrl("https://me:" + MockCloudflare.TOKEN + "@api.cloudflare.com/client/v4"))
        .hasMessage("base URL holds a user name or password (user:secret@host): give the URL without it; the API"
            + " token is sent as a bearer header");
    CloudflareWorkflowsClient broken = cf.builder().token(() -> MockCloudflare.TOKEN + "\nX-Evil: 1").build();
    assertThatThrownBy(() -> broken.getWorkflow("db-migrate"))
        .hasMessageContaining("the API token contains a line break or a control character")
        .hasMessageNotContaining(MockCloudflare.TOKEN);
    assertThat(cf.server.getRequestCount()).isZero();
  }

  @Test
  void needs_an_account_id_and_never_echoes_a_wrong_one() throws Exception {
    cf = new MockCloudflare(RetryPolicy.none());
    assertThatThrownBy(() -> CloudflareWorkflowsClient.builder().environment(k -> null).build())
        .hasMessage("no Cloudflare account id: call accountId(...) or set CLOUDFLARE_ACCOUNT_ID");
    assertThatThrownBy(() -> CloudflareWorkflowsClient.builder().accountId("Bearer " + MockCloudflare.TOKEN))
        .hasMessage("account id of " + ("Bearer " + MockCloudflare.TOKEN).length() + " characters is not valid: use the 32 hexadecimal characters shown in the"
            + " Cloudflare dashboard");
    assertThat(CloudflareWorkflowsClient.builder()
        .environment(k -> k.equals("CLOUDFLARE_ACCOUNT_ID") ? " abc123 " : null).build().accountId())
        .isEqualTo("abc123");
  }
}

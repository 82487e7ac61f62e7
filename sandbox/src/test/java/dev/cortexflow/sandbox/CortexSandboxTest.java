package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The lifecycle and options of the public API. */
class CortexSandboxTest {

  @Test
  void listens_on_a_given_port_of_the_loopback_interface() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    try (CortexSandbox sandbox = CortexSandbox.builder().port(port).build().start()) {
      assertThat(sandbox.port()).isEqualTo(port);
      assertThat(sandbox.url()).isEqualTo("http://127.0.0.1:" + port);
      assertThat(sandbox.uri().getPort()).isEqualTo(port);
      assertThat(new Api(sandbox).get("/api/v1/workflows").status()).isEqualTo(200);
    }
  }

  @Test
  void a_sandbox_that_is_not_started_has_no_url() {
    CortexSandbox sandbox = CortexSandbox.builder().build();

    assertThatThrownBy(sandbox::url)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sandbox not started: call start() first");
    assertThat(sandbox).hasToString("CortexSandbox[not started]");
    sandbox.close();
  }

  @Test
  void starts_only_once_and_closes_idempotently() {
    CortexSandbox sandbox = CortexSandbox.startDefault();

    assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("sandbox already started at http://127.0.0.1:");
    sandbox.close();
    sandbox.close();
  }

  @Test
  void await_close_returns_when_closed_from_another_thread() throws InterruptedException {
    CortexSandbox sandbox = CortexSandbox.startDefault();
    CountDownLatch returned = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        sandbox.awaitClose();
        returned.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();

    sandbox.close();

    assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void rejects_invalid_options_with_the_reason() {
    CortexSandbox.Builder builder = CortexSandbox.builder();

    assertThatThrownBy(() -> builder.port(70000)).hasMessage("port must be between 0 and 65535, got 70000");
    assertThatThrownBy(() -> builder.token(" ")).hasMessage("token must not be blank");
    assertThatThrownBy(() -> builder.rateLimit(0, Duration.ofSeconds(1)))
        .hasMessage("maxRequests must be at least 1, got 0");
    assertThatThrownBy(() -> builder.failRequests(0)).hasMessage("failRequests(0): request numbers start at 1 "
        + "(the first request the sandbox receives); give 1 or more");
    assertThatThrownBy(() -> builder.threads(0)).hasMessage("threads must be between 1 and 64, got 0");
    assertThatThrownBy(() -> builder.team("", "x")).hasMessage("tag must not be blank");
  }

  @Test
  void an_every_nth_fault_of_zero_names_the_option_the_value_and_the_fix() {
    CortexSandbox.Builder builder = CortexSandbox.builder();

    assertThatThrownBy(() -> builder.failEveryNthRequest(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failEveryNthRequest(0): n counts requests and starts at 1 (1 means every request); give 1 or more");
    assertThatThrownBy(() -> builder.throttleEveryNthRequest(-2))
        .hasMessage("throttleEveryNthRequest(-2): n counts requests and starts at 1 (1 means every request); "
            + "give 1 or more");
    assertThatThrownBy(() -> builder.dropConnections(3, 0))
        .hasMessageStartingWith("dropConnections(0): request numbers start at 1");
  }

  @Test
  void teams_and_secrets_answer_json_only() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      Api.Response response = new Api(sandbox).get("/api/v1/teams", "application/yaml");

      assertThat(response.status()).isEqualTo(406);
      assertThat(response.json().path("message").asText())
          .isEqualTo("Accept 'application/yaml' is not supported: use application/json");
    }
  }
}

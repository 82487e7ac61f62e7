package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that accepts the connection and never answers: every request ends at the read timeout, and is retried. */
class CortexClientTimeoutTest {

  private ServerSocket silent;
  private Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> held = new ArrayList<>();
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start_a_server_that_never_answers() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket socket = silent.accept();
          connections.incrementAndGet();
          synchronized (held) {
            held.add(socket);
          }
        }
      } catch (IOException closed) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException, InterruptedException {
    silent.close();
    acceptor.join(5_000);
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  private String url() {
    return "http://127.0.0.1:" + silent.getLocalPort();
  }

  private CortexClientBuilder builder() {
    return CortexClient.builder().baseUrl(url()).token(() -> "tok-3f9a8c7e1d2b")
        .readTimeout(Duration.ofMillis(300)).time(time, time).random(new Random(42));
  }

  @Test
  void a_request_to_a_server_that_never_answers_fails_at_the_read_timeout_naming_the_query_sent_and_the_timeout() {
    CortexClient client = builder().retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> client.listWorkflows(WorkflowQuery.all().withActions().search("deploy api")))
        .isInstanceOf(CortexApiException.Unreachable.class)
        .hasMessage("GET /api/v1/workflows?includeActions=true&searchQuery=deploy%20api&page=0&pageSize=1000: "
            + "no answer from '" + url() + "' within the read timeout of 0.3 s");
  }

  @Test
  void a_read_timeout_is_retried_like_any_lost_connection() {
    CortexClient client = builder().retryPolicy(RetryPolicy.standard().withMaxAttempts(3)).build();

    assertThatThrownBy(() -> client.getWorkflowText("deploy", DescriptorFormat.YAML))
        .isInstanceOf(CortexApiException.Unreachable.class)
        .hasMessageContaining("within the read timeout of 0.3 s");
    assertThat(connections.get()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void a_run_start_that_times_out_is_never_sent_again() {
    CortexClient client = builder().retryPolicy(RetryPolicy.standard().withMaxAttempts(3)).build();

    assertThatThrownBy(() -> client.startRun("deploy", RunRequest.of(RunScope.global())))
        .isInstanceOf(CortexApiException.Unreachable.class)
        .hasMessageContaining("within the read timeout of 0.3 s");
    assertThat(connections.get()).isEqualTo(1);
  }
}

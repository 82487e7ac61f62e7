package dev.cortexflow.sandbox;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their headers slowly hold up neither the handlers nor each other, and are disconnected once the
 * request read limit has passed (2 s in this module's tests, {@code sun.net.httpserver.maxReqTime}; 5 s by default).
 */
class SlowClientsTest {

  private CortexSandbox sandbox;
  private final List<Socket> slow = new ArrayList<>();

  @BeforeEach
  void start() {
    sandbox = CortexSandbox.builder().token("t0ken").build().start();
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : slow) {
      socket.close();
    }
    sandbox.close();
  }

  private Socket startSlowRequest() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
    slow.add(socket);
    // the request line and the start of a header, then nothing: one byte a second would hold the thread as long
    socket.getOutputStream().write("GET /api/v1/workflows HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sl".getBytes(US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void six_clients_stuck_in_their_headers_do_not_stop_a_normal_request() throws Exception {
    for (int i = 0; i < 6; i++) {
      startSlowRequest();
    }
    Thread.sleep(200); // let the server take them all up

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/api/v1/workflows")).header("Authorization", "Bearer t0ken")
            .timeout(Duration.ofMillis(1500)).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void a_client_that_never_finishes_its_headers_is_disconnected_after_the_read_limit() throws Exception {
    Socket socket = startSlowRequest();
    socket.setSoTimeout(10_000);

    int read;
    try (InputStream in = socket.getInputStream()) {
      read = in.read();
    } catch (SocketException reset) {
      read = -1;
    }
    // a SocketTimeoutException after 10 s would mean the server kept waiting
    assertThat(read).as("no answer, the connection closed").isEqualTo(-1);
  }
}

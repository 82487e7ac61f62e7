package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets never leak through a URL or a malformed token, and a silent server is given up on, naming the timeout. */
class TokenAndUrlTest {

  private static final String TOKEN = "s3cr3t-t0ken-value";

  @TempDir
  Path dir;

  @Test
  void refuses_a_url_with_user_info_and_never_prints_it() {
    String url = "http://user:" + TOKEN + "@127.0.0.1:1";

    CliRun run = CliRun.in(dir).run("pull", "--out", "live", "--url", url, "--verbose");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines().findFirst()).get().isEqualTo("error: --url holds a user name or password"
        + " (user:secret@host): give the URL without it, and the API token in --token-file or CORTEX_API_TOKEN");
    assertThat(run.out + run.err).doesNotContain(TOKEN).doesNotContain("server:");
  }

  @Test
  void refuses_a_url_with_user_info_from_the_variable_before_any_request() {
    Fixtures.write(dir, "flow.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).env("CORTEX_API_URL", "https://" + TOKEN + "@api.example.com")
        .run("push", "flow.yaml", "--verbose");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines().findFirst()).get().isEqualTo("error: CORTEX_API_URL holds a user name or password"
        + " (user:secret@host): give the URL without it, and the API token in --token-file or CORTEX_API_TOKEN");
    assertThat(run.out + run.err).doesNotContain(TOKEN);
  }

  @Test
  void rejects_a_token_with_a_line_break_before_any_request_and_masks_both_lines_even_with_verbose()
      throws IOException {
    Files.writeString(dir.resolve("token"), "s3cr3t-first-line\r\ns3cr3t-second-line\n");

    CliRun run = CliRun.in(dir).run("pull", "--out", "live", "--url", "http://127.0.0.1:1", "--token-file", "token",
        "--verbose");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines().findFirst()).get().isEqualTo("error: the API token contains a line break or a"
        + " control character: put it on one line in 'token'");
    assertThat(run.out + run.err).doesNotContain("s3cr3t");
  }

  @Test
  void rejects_a_token_with_a_control_character_from_the_variable() {
    CliRun run = CliRun.in(dir).env("CORTEX_API_TOKEN", "s3cr3t\u001b[2Kvalue")
        .run("run", "deploy", "--url", "http://127.0.0.1:1");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: the API token contains a line break or a control character: put it on one"
        + " line in CORTEX_API_TOKEN\n");
  }

  @Test
  void a_server_that_accepts_the_connection_and_never_answers_is_given_up_on_at_the_request_timeout()
      throws IOException {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // answers the GET of the workflow, then never answers the run start
      String workflow = WorkflowJson.write(WorkflowReader.read(ServerCommandsTest.ASYNC.replace("wait-for-ci",
          "deploy"), "deploy.yaml").workflow());
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket socket = silent.accept();
            held.add(socket);
            BufferedReader request = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line = request.readLine();
            if (line != null && line.startsWith("GET ")) {
              for (String header = request.readLine(); header != null && !header.isEmpty();
                  header = request.readLine()) {
                // read past the headers
              }
              byte[] body = workflow.getBytes(StandardCharsets.UTF_8);
              socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
              socket.getOutputStream().write(body);
              socket.getOutputStream().flush();
            }
          }
        } catch (IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort();

      // a run start is never sent twice, so this waits for one timeout only
      CliRun run = CliRun.in(dir).env("CORTEX_API_TOKEN", TOKEN)
          .run("run", "deploy", "--url", url, "--request-timeout", "0.3");

      assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
      assertThat(run.err).isEqualTo("error: POST /api/v1/workflows/deploy/runs: no answer from '" + url
          + "' within the read timeout of 0.3 s\n");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void rejects_a_request_timeout_that_is_not_a_positive_number_of_seconds() {
    CliRun zero = CliRun.in(dir).run("pull", "--out", "live", "--url", "http://127.0.0.1:1", "--request-timeout", "0");
    CliRun word = CliRun.in(dir).run("pull", "--out", "live", "--request-timeout", "soon");

    assertThat(zero.exitCode).isEqualTo(2);
    assertThat(zero.err).isEqualTo("error: --request-timeout 0 is not valid: give a number of seconds above 0,"
        + " e.g. 5 or 0.5\n");
    assertThat(word.exitCode).isEqualTo(2);
    assertThat(word.err).isEqualTo("error: --request-timeout soon is not valid: give a number of seconds above 0,"
        + " e.g. 5 or 0.5\n");
  }
}

package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace whose tags cannot all be file names: pull writes the others, names the rest, exits 1. */
class PullUnsafeTagsTest {

  private static final String LONG = "x".repeat(300);

  @TempDir
  Path dir;

  private HttpServer server;
  private final List<String> fetched = new ArrayList<>();

  @BeforeEach
  void start_a_workspace_with_hostile_tags() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String body;
    if (path.equals("/api/v1/workflows")) {
      StringBuilder list = new StringBuilder("{\"workflows\":[");
      String[] tags = {".", LONG, "../escape", "a/b", "notify-on-deploy", "Notify-On-Deploy", "wait-for-ci"};
      for (int i = 0; i < tags.length; i++) {
        list.append(i == 0 ? "" : ",").append("{\"tag\":\"").append(tags[i]).append("\",\"name\":\"n\"}");
      }
      body = list.append("],\"page\":0,\"totalPages\":1}").toString();
    } else if (path.equals("/api/v1/workflows/Notify-On-Deploy")) {
      body = Fixtures.VALID;
    } else if (path.equals("/api/v1/workflows/wait-for-ci")) {
      body = ServerCommandsTest.ASYNC;
    } else {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    synchronized (fetched) {
      fetched.add(path);
    }
    byte[] bytes = body.getBytes(UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void pulls_every_workflow_whose_tag_can_be_a_file_name_and_reports_the_others_with_exit_1() throws IOException {
    CliRun run = CliRun.in(dir).env("CORTEX_API_TOKEN", "t0ken-value")
        .run("pull", "--out", "live", "--url", "http://127.0.0.1:" + server.getAddress().getPort());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("""
        [1/2] pulled Notify-On-Deploy
        [2/2] pulled wait-for-ci
        pulled 2 workflows to live, skipped 5
        """);
    String rule = ": skipped (a tag to pull has letters, digits, '.', '_' and '-', at most 250 characters)\n";
    assertThat(run.err).isEqualTo("error: workflow tag '.' cannot be a file name" + rule
        + "error: workflow tag '../escape' cannot be a file name" + rule
        + "error: workflow tag 'a/b' cannot be a file name" + rule
        + "error: workflow tag 'notify-on-deploy' differs from another only in case: skipped (the two files would be"
        + " one on a case-insensitive file system)\n"
        + "error: workflow tag '" + "x".repeat(60) + "... (300 characters)' cannot be a file name" + rule);
    assertThat(fetched).containsExactly("/api/v1/workflows");
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted())
          .containsExactly("live/Notify-On-Deploy.yaml", "live/wait-for-ci.yaml");
    }
  }
}

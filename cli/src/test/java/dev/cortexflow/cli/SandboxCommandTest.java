package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.client.WorkflowQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {

  private static final Pattern URL = Pattern.compile("sandbox listening on (http://127\\.0\\.0\\.1:\\d+) ");

  @TempDir
  Path dir;

  @Test
  void serves_the_api_until_interrupted_and_keeps_workflows_in_the_data_folder() throws Exception {
    // given: a sandbox command running in the background
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of(), dir,
        false);
    Thread command = new Thread(() -> exit.set(Main.run(context, "sandbox", "--data", "data")));
    command.start();
    String url = awaitUrl(out);

    // when: a workflow is pushed to it and the command is stopped
    CortexClient client = CortexClient.builder().baseUrl(url).token(() -> "any").build();
    client.createOrUpdate(Fixtures.VALID, DescriptorFormat.YAML);
    int listed = client.listWorkflows(WorkflowQuery.all()).size();
    command.interrupt();
    command.join(10_000);

    // then
    assertThat(listed).isEqualTo(1);
    assertThat(exit.get()).isZero();
    assertThat(out.toString()).contains("(data in 'data'); press Ctrl-C to stop\n").endsWith("sandbox stopped\n");
    assertThat(dir.resolve("data")).isNotEmptyDirectory();
  }

  @Test
  void exits_2_naming_a_token_file_that_does_not_exist() {
    CliRun run = CliRun.in(dir).run("sandbox", "--token-file", "missing-token");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read token file 'missing-token': no such file\n");
  }

  @Test
  void rejects_a_port_out_of_range() {
    CliRun run = CliRun.in(dir).run("sandbox", "--port", "70000");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: port 70000 is not valid: use 0 to 65535\n");
  }

  @Test
  void exits_2_when_the_port_is_taken() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.in(dir).run("sandbox", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode).isEqualTo(2);
      assertThat(run.err).startsWith("error: cannot start the sandbox on port " + taken.getLocalPort() + ": ");
    }
  }

  private static String awaitUrl(StringWriter out) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      Matcher matcher = URL.matcher(out.toString());
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the sandbox did not start: " + out);
  }

  @Test
  void exits_2_when_the_data_folder_is_a_file() {
    Fixtures.write(dir, "data.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("sandbox", "--data", "data.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --data 'data.yaml' is a file: give a folder (it is created when missing)\n");
  }

  @Test
  void exits_2_with_one_line_naming_a_truncated_data_file() throws Exception {
    Fixtures.write(dir, "data/deploy.json", "{\n  \"tag\": \"deploy\",\n");

    CliRun run = CliRun.in(dir).run("sandbox", "--data", "data");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: data file 'data/deploy.json' is not a workflow the sandbox wrote: Unexpected"
        + " end-of-input within/between Object entries at line 3, column 1; fix it or move it out of the data directory\n");
  }

  @Test
  void exits_2_with_one_line_naming_a_data_file_of_the_wrong_shape() throws Exception {
    Fixtures.write(dir, "data/deploy.json", "[{\"tag\": \"deploy\"}]");

    CliRun run = CliRun.in(dir).run("sandbox", "--data", "data");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: data file 'data/deploy.json' is not a workflow the sandbox wrote: it holds"
        + " no JSON object with a tag; fix it or move it out of the data directory\n");
  }
}

package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptors larger than Cortex accepts are reported by validate and stopped before a push sends anything. */
class DescriptorSizeTest {

  private static final String TOKEN = "size-test-token";
  /** 2,200,000 characters of text in the description: a 2.2 MB descriptor. */
  private static final String BIG = Fixtures.VALID.replace("description: Posts a message.",
      "description: " + "a".repeat(2_200_000));

  @TempDir
  Path dir;

  private CortexSandbox sandbox;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  @Test
  void validate_reports_a_descriptor_above_2_mb_as_an_error_with_its_size_and_the_limit() {
    Fixtures.write(dir, "big.yaml", BIG);

    CliRun run = CliRun.in(dir).run("validate", "big.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("big.yaml: ERROR DESCRIPTOR_TOO_LARGE at /: the JSON descriptor is 2,200,736"
        + " bytes, more than the 2,097,152 bytes (2 MB) Cortex accepts in one request: split the workflow into"
        + " smaller ones\n");
    assertThat(run.out).isEqualTo("1 error, 0 warnings in 1 file\n");
  }

  @Test
  void push_refuses_a_descriptor_above_2_mb_before_any_request() {
    Fixtures.write(dir, "flows/big.yaml", BIG);
    Fixtures.write(dir, "flows/ok.yaml", Fixtures.VALID.replace("notify-on-deploy", "small"));

    CliRun run = CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN)
        .run("push", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out + run.err).contains("flows/big.yaml: ERROR DESCRIPTOR_TOO_LARGE at /: the JSON descriptor"
        + " is 2,200,736 bytes, more than the 2,097,152 bytes (2 MB) Cortex accepts in one request: split the"
        + " workflow into smaller ones\n").contains("nothing pushed");
    assertThat(sandbox.recordedRequests()).isEmpty();
  }

  @Test
  void a_file_above_the_reading_limit_is_refused_with_what_to_do_on_the_command_line() {
    Fixtures.write(dir, "huge.yaml", Fixtures.VALID.replace("description: Posts a message.",
        "description: " + "a".repeat(6_000_000)));

    CliRun run = CliRun.in(dir).run("validate", "huge.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read 'huge.yaml': the file has 6,000,486 bytes, more than the"
        + " 5,242,880 bytes cortexflow reads (Cortex accepts at most 2,097,152 bytes, 2 MB, a workflow): split the"
        + " workflow into smaller ones, one file each\n");
    assertThat(run.out + run.err).doesNotContain("ReadOptions");
  }

  @Test
  void a_descriptor_of_exactly_2_mb_passes() {
    String json = dev.cortexflow.codec.WorkflowJson.write(dev.cortexflow.codec.WorkflowYaml.read(Fixtures.VALID)
        .workflow());
    int room = 2_097_152 - json.length();
    Fixtures.write(dir, "edge.yaml", Fixtures.VALID.replace("description: Posts a message.",
        "description: " + "a".repeat(room + "Posts a message.".length())));

    CliRun run = CliRun.in(dir).run("validate", "edge.yaml");

    assertThat(run.out).as(run.toString()).isEqualTo("0 errors, 0 warnings in 1 file\n");
  }
}

package dev.cortexflow.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.maven.fixtures.good.Notify;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A type cortexflow does not know fails every goal that reads descriptors, unless allowUnknownTypes is set. */
class UnknownTypesMojoTest {

  private static final String TOKEN = "token-of-the-test";
  private static final String UNKNOWN = "UNKNOWN_TYPE at /actions/0/schema/type: block 'say' (actions[0]): unknown "
      + "block type 'RUN_WORKFLOW'; kept as is (known types: ";
  private static final String FIX = "JIRA_CREATE_ISSUE): check the spelling, or allow unknown types if Cortex added it";

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();
  private CortexSandbox sandbox;

  @BeforeEach
  void start_a_sandbox_and_write_a_descriptor_of_a_newer_cortex() throws Exception {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
    Files.createDirectories(dir.resolve("flows"));
    Files.writeString(dir.resolve("flows/newer.yaml"), WorkflowYaml.write(new Notify().workflow())
        .replace("type: SLACK", "type: RUN_WORKFLOW"));
  }

  @AfterEach
  void stop_the_sandbox() {
    sandbox.close();
  }

  private <M extends WorkspaceMojo> M workspace(M mojo) {
    Projects.configure(mojo, dir, log);
    mojo.environment = Map.of(WorkspaceMojo.URL_VARIABLE, sandbox.url(), WorkspaceMojo.TOKEN_VARIABLE, TOKEN);
    mojo.descriptorDirectory = dir.resolve("flows").toFile();
    return mojo;
  }

  @Test
  void validate_fails_on_an_unknown_type_and_passes_it_as_a_warning_with_allow_unknown_types() throws Exception {
    ValidateMojo validate = Projects.configure(new ValidateMojo(), dir, log);
    validate.descriptorDirectory = dir.resolve("flows").toFile();

    assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error, 0 warnings in 1 file");
    assertThat(log.lines).singleElement().asString().startsWith("[ERROR] flows/newer.yaml: ERROR " + UNKNOWN)
        .endsWith(FIX);
    log.lines.clear();
    validate.allowUnknownTypes = true;
    validate.execute();
    assertThat(log.lines).first().asString().startsWith("[WARNING] flows/newer.yaml: WARNING " + UNKNOWN)
        .endsWith("JIRA_CREATE_ISSUE)");
    assertThat(log.lines).last().isEqualTo("[INFO] 0 errors, 1 warning in 1 file");
  }

  @Test
  void diff_does_not_compare_it_unless_unknown_types_are_allowed() throws Exception {
    DiffMojo diff = workspace(new DiffMojo());

    assertThatThrownBy(diff::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cannot compare 'flows/newer.yaml': ERROR " + UNKNOWN)
        .hasMessageEndingWith(FIX + "; see them all with 'cortexflow validate flows/newer.yaml'");
    diff.allowUnknownTypes = true;
    diff.execute();
    assertThat(log.lines).containsExactly("[INFO] + create notify",
        "[INFO] Plan: 1 to create, 0 to update, 0 unchanged, 0 prune candidates");
  }

  @Test
  void push_refuses_it_before_any_request_and_with_allow_unknown_types_the_server_decides() throws Exception {
    PushMojo push = workspace(new PushMojo());

    assertThatThrownBy(push::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error in 1 file; nothing pushed");
    assertThat(sandbox.requestCount()).isZero();
    push.allowUnknownTypes = true;
    assertThatThrownBy(push::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Applied: 0 created");
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[ERROR] notify: [400] POST /api/v1/workflows")
        .contains("Unknown action type 'RUN_WORKFLOW' in action 'say'"));
    assertThat(sandbox.workflowCount()).isZero();
  }
}

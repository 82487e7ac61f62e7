package dev.cortexflow.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus workflows re-created with the DSL render to the same descriptor as Cortex's originals: both sides go
 * through the codec's canonical writer, which fills in every default, so equal text means equal meaning.
 */
class CorpusRecreationTest {

  static Stream<Arguments> recreations() {
    return Stream.of(
        Arguments.of(new TriggerGithubDeploy(), "cli-trigger-github-deploy-branch-join-rev88e65a3.yaml"),
        Arguments.of(new CreateEnvironment(), "cli-environments-create-environment.yaml"),
        Arguments.of(new InstallScorecard(), "learn-cortex-install-scorecard.yaml"));
  }

  private static Path corpus() {
    String shared = System.getProperty("cortexflow.shared", "");
    Path dir = Path.of(shared.isEmpty() ? "../shared" : shared, "corpus");
    assumeTrue(Files.isDirectory(dir), "corpus not found at '" + dir + "': set -Dcortexflow.shared to the shared folder");
    return dir;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("recreations")
  void renders_the_same_descriptor_as_the_original(WorkflowSource source, String file) {
    // given
    ReadResult original = WorkflowReader.read(corpus().resolve(file));
    assertThat(original.errors()).as("read errors of %s", file).isEmpty();

    // when
    Workflow recreated = source.workflow();

    // then
    assertThat(WorkflowYaml.write(recreated)).isEqualTo(WorkflowYaml.write(original.workflow()));
  }
}

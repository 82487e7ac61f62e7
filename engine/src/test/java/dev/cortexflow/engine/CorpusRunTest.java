package dev.cortexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real descriptor of the corpus runs with the engine's default answers to a documented end: it completes, or
 * fails with a message that names the block, never with an exception.
 */
class CorpusRunTest {
  private static final Path CORPUS = Path.of(System.getProperty("cortexflow.shared", "../../shared"), "corpus");

  static List<Path> descriptors() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyCorpusDescriptorRunsToADocumentedEndWithDefaultAnswers() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the corpus is not at " + CORPUS.toAbsolutePath() + "; skipped");
    RunEngine engine = RunEngine.create();
    Map<String, String> ends = new TreeMap<>();
    for (Path file : descriptors()) {
      ReadResult read = WorkflowReader.read(file);
      Workflow workflow = read.workflow();
      RunResult result = engine.run(workflow, RunInput.builder().defaultAnswers(true)
          .entity(Map.of("tag", "payments", "name", "Payments", "descriptor", Map.of()))
          .build());
      String end = result.status() + result.failure().map(f -> ": " + f).orElse("");
      ends.put(CORPUS.relativize(file).toString(), end);
      assertThat(result.status()).as(file.toString()).isIn(RunStatus.COMPLETED, RunStatus.FAILED);
      result.failure().ifPresent(f -> assertThat(f).as(file.toString()).startsWith("block '")
          .doesNotContain("unexpected"));
    }
    // the README records these ends: the other 8 stop where real data is needed (an entity's repository, a form's
    // required values, a scorecard list), each naming its block
    assertThat(ends).hasSize(64);
    assertThat(ends.values()).filteredOn(end -> end.equals("COMPLETED")).hasSize(56);
    assertThat(ends).containsEntry("cli-github-actions-deploy.yaml", "FAILED: block 'parse-repo' (JQ): No GitHub "
        + "repository linked to this entity. Add one via the catalog.");
    assertThat(ends).containsEntry("cli-environments-create-environment.yaml", "FAILED: block 'collect-inputs' "
        + "(USER_INPUT): no value for required input 'cloudType'; add inputs: {collect-inputs: {cloudType: …}}");
  }
}

package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validator on Cortex's own descriptors ({@code ../shared/corpus}): the one real defect is reported, and
 * nothing else in the folder is an ERROR.
 */
class CorpusValidationTest {

  private static final String JENKINS = "cli-trigger-jenkins-deploy.yaml";

  @Test
  void reports_the_one_known_defect_and_no_other_error() throws IOException {
    // given
    Path corpus = corpus();
    List<String> errors = new ArrayList<>();
    int files = 0;

    // when
    for (Path file : descriptors(corpus)) {
      files++;
      ReadResult read = WorkflowReader.read(file);
      assertThat(read.errors()).as("read errors in %s", file.getFileName()).isEmpty();
      Workflow workflow = read.workflow();
      for (Violation v : WorkflowValidator.standard().validate(workflow).errors()) {
        errors.add(corpus.relativize(file) + ": " + v);
      }
    }

    // then
    assertThat(files).as("descriptors in %s", corpus).isGreaterThanOrEqualTo(60);
    assertThat(errors).containsExactly(JENKINS + ": ERROR UNDECLARED_VARIABLE at /runResponseTemplate:"
        + " runResponseTemplate reads variables.jenkins-url, which is not declared (declared: jenkins-auth,"
        + " jenkins-job): declare it under variables or fix the name");
  }

  @Test
  void gives_no_warning_on_the_corpus_either() throws IOException {
    Path corpus = corpus();
    List<String> warnings = new ArrayList<>();
    for (Path file : descriptors(corpus)) {
      Workflow workflow = WorkflowReader.read(file).workflow();
      WorkflowValidator.standard().validate(workflow).warnings()
          .forEach(v -> warnings.add(corpus.relativize(file) + ": " + v));
    }
    assertThat(warnings).isEmpty();
  }

  private static List<Path> descriptors(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
          || f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Path corpus() {
    String shared = System.getProperty("cortexflow.shared");
    Path corpus = shared == null ? null : Paths.get(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus),
        "skipped: the real descriptors are not here (system property cortexflow.shared + /corpus = " + corpus + ")");
    return corpus;
  }
}

package dev.cortexflow.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Java imported from a few real descriptors and from {@code descriptors/incident-triage.yaml} (the block types
 * and variable types the corpus lacks), compared byte for byte with committed golden files.
 */
class ImportGoldenTest {

  private static final List<String> FILES = List.of(
      "functional/gh-create-branch.yaml",
      "cli-environments-create-environment.yaml",
      "cli-trigger-github-deploy-branch-join-rev88e65a3.yaml",
      "learn-cortex-install-scorecard.yaml",
      "cli-trigger-jenkins-deploy.yaml");

  @Test
  void imported_java_matches_the_golden_files() {
    // given
    Path corpus = Corpus.files().get(0).getParent();
    while (!corpus.getFileName().toString().equals("corpus")) {
      corpus = corpus.getParent();
    }
    Path root = corpus;

    // when
    ImportResult result = WorkflowImporter.builder().packageName("dev.cortexflow.imported").build()
        .importPaths(java.util.stream.Stream.concat(FILES.stream().map(root::resolve),
            java.util.stream.Stream.of(ImportWritesWhatAPersonWouldTest.TRIAGE)).toList());

    // then
    Map<String, String> expected = new TreeMap<>();
    result.sources().forEach(s -> expected.put(s.simpleName() + ".java", s.text()));
    Golden.assertMatches(expected, Golden.repositoryRoot().resolve("codegen/src/test/resources/golden"), ".java",
        "rewrite them with `mvn -B -q -pl codegen -am test -Dtest=ImportGoldenTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true`, review the diff and commit it");
  }
}

package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real descriptor imports into Java that compiles, runs and renders back to the same descriptor. */
class CorpusImportTest {

  @Test
  void imported_corpus_compiles_runs_and_renders_back_semantically_equal() throws Exception {
    // given
    List<Path> files = Corpus.files();

    // when
    long start = System.nanoTime();
    ImportResult result = WorkflowImporter.builder().packageName("corpus.imported").build().importPaths(files);
    long imported = System.nanoTime();
    ClassLoader loader = InMemoryCompiler.compile(result.sources());
    long compiled = System.nanoTime();
    System.out.printf("imported %d corpus files in %d ms, compiled them in %d ms%n", files.size(),
        (imported - start) / 1_000_000, (compiled - imported) / 1_000_000);

    // then
    assertThat(result.sources()).hasSameSizeAs(files);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      JavaSource source = result.sources().get(i);
      WorkflowSource instance = (WorkflowSource) loader.loadClass(source.qualifiedName())
          .getDeclaredConstructor().newInstance();
      Workflow workflow = instance.workflow();
      String original = Files.readString(files.get(i), StandardCharsets.UTF_8);
      String rendered = WorkflowYaml.write(workflow);
      if (!SemanticYaml.of(rendered).equals(SemanticYaml.of(original))) {
        Path out = Path.of("target", "corpus-rendered", files.get(i).getFileName().toString());
        Files.createDirectories(out.getParent());
        Files.writeString(out, rendered, StandardCharsets.UTF_8);
        differences.add(files.get(i).getFileName() + " -> " + source.simpleName() + " (rendered: " + out + ")");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void uses_the_fluent_dsl_and_bindings_for_valid_corpus_workflows() {
    // given
    List<Path> files = Corpus.files();

    // when
    ImportResult result = WorkflowImporter.builder().packageName("corpus.imported").build().importPaths(files);

    // then
    assertThat(result.warnings()).singleElement().asString()
        .contains("cli-trigger-jenkins-deploy.yaml: workflow is not valid (1 error: UNDECLARED_VARIABLE …)");
    assertThat(result.sources()).filteredOn(s -> s.simpleName().equals("FuncTestGhCreateBranch")).singleElement()
        .extracting(JavaSource::text).asString()
        .contains("CreateBranch.builder()", ".newBranch(newBranch)");
  }
}

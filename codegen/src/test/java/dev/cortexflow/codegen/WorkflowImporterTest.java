package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowImporterTest {

  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.flows").build();

  @TempDir
  Path dir;

  private static Workflow simple(String tag) {
    return Workflow.builder().tag(tag).name("Flow " + tag).filter(GlobalFilter.of())
        .addAction(Block.builder().slug("only").name("Only").schema(Jq.of(".")).isRootAction(true).build())
        .build();
  }

  private static Workflow run(ClassLoader loader, JavaSource source) throws Exception {
    return ((WorkflowSource) loader.loadClass(source.qualifiedName()).getDeclaredConstructor().newInstance())
        .workflow();
  }

  @Test
  void derives_safe_distinct_class_names_from_tags() throws Exception {
    // given
    List<Workflow> workflows = List.of(simple("2fa-reset"), simple("class"), simple("default"), simple("deploy"),
        simple("Deploy"), simple("string"));

    // when
    ImportResult result = importer.importWorkflows(workflows, "test");
    ClassLoader loader = InMemoryCompiler.compile(result.sources());

    // then
    assertThat(result.sources()).extracting(JavaSource::qualifiedName).containsExactly(
        "com.acme.flows.Workflow2faReset", "com.acme.flows.ClassWorkflow", "com.acme.flows.Default",
        "com.acme.flows.Deploy", "com.acme.flows.Deploy2", "com.acme.flows.StringWorkflow");
    for (int i = 0; i < workflows.size(); i++) {
      assertThat(run(loader, result.sources().get(i))).isEqualTo(workflows.get(i));
    }
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void imports_every_block_type_so_that_it_renders_back_the_same() throws Exception {
    // given
    Workflow original = ModelFixtures.everything();

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "fixture");
    Workflow rebuilt = run(InMemoryCompiler.compile(result.sources()), result.sources().get(0));

    // then
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuilt))).isEqualTo(SemanticYaml.of(WorkflowYaml.write(original)));
    assertThat(result.sources().get(0).text())
        .contains("Workflows.workflow(\"everything\", \"Everything\")", "CreateBranch.builder()",
            "ask.output(\"version\")", "branch(\"route\", \"Route\")", ".joinAt(passThrough(\"done\", \"Done\"))",
            "CustomBlock.builder()", "block(\"run-other\"", ".customField(\"futureFlag\"");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void imports_an_invalid_workflow_with_the_model_api_a_comment_and_a_warning() throws Exception {
    // given
    Workflow dangling = simple("broken").toBuilder()
        .actions(List.of(Block.builder().slug("only").name("Only").schema(Jq.of(".")).isRootAction(true)
            .addOutgoingAction("notfy").build()))
        .build();

    // when
    ImportResult result = importer.importWorkflows(List.of(dangling), "broken.yaml");
    Workflow rebuilt = run(InMemoryCompiler.compile(result.sources()), result.sources().get(0));

    // then
    assertThat(rebuilt).isEqualTo(dangling);
    assertThat(result.sources().get(0).text()).contains("return Workflow.builder()", "// ", "model API")
        .contains("//   ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: block 'only' (actions[0]):"
            + " outgoingActions names 'notfy', which is no block")
        .doesNotContain("return Workflows.workflow(");
    assertThat(result.warnings()).extracting(ImportWarning::toString).containsExactly(
        "broken.yaml: workflow is not valid (1 error: UNKNOWN_TARGET …); imported with the model API");
  }

  @Test
  void imports_json_and_yaml_files_from_a_folder_in_path_order() throws IOException {
    // given
    Files.writeString(dir.resolve("b.json"), WorkflowJson.write(simple("from-json")));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.yaml"), WorkflowYaml.write(simple("from-yaml")));
    Files.writeString(dir.resolve("notes.txt"), "not a descriptor");

    // when
    ImportResult result = importer.importPaths(List.of(dir));
    List<Path> written = result.writeTo(dir.resolve("out"), false).written();

    // then
    assertThat(result.sources()).extracting(JavaSource::simpleName).containsExactly("FromJson", "FromYaml");
    assertThat(written).containsExactly(dir.resolve("out/com/acme/flows/FromJson.java"),
        dir.resolve("out/com/acme/flows/FromYaml.java"));
    assertThat(Files.readString(written.get(0))).contains("<p>Imported from {@code b.json}.");
  }

  @Test
  void gives_the_same_sources_for_the_same_input() {
    assertThat(importer.importWorkflows(List.of(ModelFixtures.everything()), "x"))
        .isEqualTo(importer.importWorkflows(List.of(ModelFixtures.everything()), "x"));
  }

  @Test
  void names_the_file_when_it_is_no_descriptor() throws IOException {
    // given
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "- just\n- a list\n");

    // when
    ImportResult result = importer.importPaths(List.of(file));

    // then
    assertThat(result.sources()).isEmpty();
    assertThat(result.failures()).singleElement().asString().isEqualTo(file + ": line 1, column 1: the top-level"
        + " value is an array, not a mapping; a workflow descriptor is a mapping of keys such as 'name', 'tag' and"
        + " 'actions'");
  }

  @Test
  void rejects_a_package_that_is_no_java_name() {
    assertThatThrownBy(() -> WorkflowImporter.builder().packageName("com.acme-flows"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("package 'com.acme-flows' is not valid: use dotted Java names");
    assertThatThrownBy(() -> WorkflowImporter.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the package of the imported classes is not set: call packageName(\"com.example.workflows\")");
  }
}

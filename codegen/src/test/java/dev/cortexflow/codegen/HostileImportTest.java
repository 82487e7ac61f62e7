package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.codec.WorkflowYaml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descriptor text that an attacker controls never becomes code: it reaches the generated source only inside string
 * literals and escaped comments, and every valid descriptor imports into Java that compiles.
 */
class HostileImportTest {

  /** The system property every payload below would set if the generated code ran it. */
  static final String PWNED = "cortexflow.pwned";

  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.flows").build();

  @TempDir
  Path dir;

  @AfterEach
  void clearPayloadMarker() {
    System.clearProperty(PWNED);
  }

  static Workflow simple(String tag, String name) {
    return Workflow.builder().tag(tag).name(name).filter(GlobalFilter.of())
        .addAction(Block.builder().slug("only").name("Only").schema(Jq.of(".")).isRootAction(true).build())
        .build();
  }

  /** Imports, compiles and runs each workflow; checks the payload never ran and each renders back the same. */
  private List<JavaSource> importCompileAndRun(List<Workflow> workflows) throws Exception {
    ImportResult result = importer.importWorkflows(workflows, "hostile.yaml");
    assertThat(result.failures()).isEmpty();
    InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(result.sources());
    assertThat(compiled.classNames()).as("javac wrote only the imported classes")
        .containsExactlyElementsOf(result.sources().stream().map(JavaSource::qualifiedName).sorted().toList());
    for (int i = 0; i < workflows.size(); i++) {
      Workflow rebuilt = ((WorkflowSource) compiled.loadClass(result.sources().get(i).qualifiedName())
          .getDeclaredConstructor().newInstance()).workflow();
      assertThat(SemanticYaml.of(WorkflowYaml.write(rebuilt)))
          .isEqualTo(SemanticYaml.of(WorkflowYaml.write(workflows.get(i))));
    }
    assertThat(System.getProperty(PWNED)).as("the payload ran").isNull();
    return result.sources();
  }

  @Test
  void a_workflow_name_that_closes_the_javadoc_through_a_unicode_escape_stays_text() throws Exception {
    // given: the backslash-u text, which javac would read as '*' anywhere in the file
    String name = "Deploy \\u002a/ class Z { static { System.setProperty(\"" + PWNED + "\", \"name\"); } }"
        + " /\\u002a\\u002a";

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(simple("deploy", name)));

    // then
    assertThat(sources.get(0).text())
        .contains(" * Workflow {@code deploy}: Deploy &#92;u002a/ class Z { static {"
            + " System.setProperty(\"cortexflow.pwned\", \"name\"); } } /&#92;u002a&#92;u002a.\n")
        .contains("Workflows.workflow(\"deploy\", \"Deploy \\\\u002a/ class Z");
  }

  @Test
  void a_raw_comment_end_in_a_tag_or_name_stays_text() throws Exception {
    // given
    String tag = "x*/ class Z { static { System.setProperty(\"" + PWNED + "\", \"tag\"); } } /**";

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(simple(tag, "a */ b @since {@code c}")));

    // then
    assertThat(sources.get(0).text())
        .contains(" * Workflow <code>x*&#47; class Z { static { System.setProperty(\"cortexflow.pwned\","
            + " \"tag\"); } } /**</code>: a *&#47; b {@literal @}since {{@literal @}code c}.\n")
        .contains(" * Returns the workflow <code>x*&#47; class Z {");
  }

  @Test
  void line_breaks_and_their_unicode_escapes_in_an_edge_target_stay_inside_the_violation_comment()
      throws Exception {
    // given: an invalid workflow, whose violations are listed in a // comment inside workflow()
    String payload = " System.setProperty(\"" + PWNED + "\", \"edge\"); //";
    List<Workflow> workflows = new ArrayList<>();
    for (String lineEnd : List.of("\n", "\r", "\r\n", "\\u000a", "\\u000d", "\u2028", "\u0085")) {
      workflows.add(simple("edge" + workflows.size(), "Edge").toBuilder().actions(List.of(Block.builder()
          .slug("only").name("Only").schema(Jq.of(".")).isRootAction(true)
          .addOutgoingAction("nowhere" + lineEnd + payload).build())).build());
    }

    // when
    List<JavaSource> sources = importCompileAndRun(workflows);

    // then
    assertThat(sources.get(0).text()).contains("names 'nowhereU+000A System.setProperty(");
    assertThat(sources.get(3).text()).contains("names 'nowhere\\\\u000a System.setProperty(");
  }

  @Test
  void strings_with_line_and_paragraph_separators_and_bidi_controls_are_escaped_in_literals() throws Exception {
    // given
    Workflow workflow = simple("seps", "a\u2028b\u2029c\u202Ed\u2066e").toBuilder()
        .description("x\u2028y\nz\n").actions(List.of(Block.builder().slug("only").name("Only")
            .schema(Jq.of(". | \"\u2029\"\n| .")).isRootAction(true).build())).build();

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(workflow));

    // then
    assertThat(sources.get(0).text()).contains("\"a\\u2028b\\u2029c\\u202ed\\u2066e\"")
        .doesNotContain("\u2028", "\u2029", "\u202E", "\u2066");
  }

  @Test
  void hostile_inputs_of_an_integration_action_stay_text_in_its_binding_and_in_the_generic_fallback()
      throws Exception {
    // given: github.createBranch once with its required inputs (imported as its binding) and once without sha
    // (imported as a generic integration action), each with payloads in input values and in an unknown input key
    String payload = "\"); } static { System.setProperty(\"" + PWNED + "\", \"input\"); } //";
    String key = "k\"); System.setProperty(\"" + PWNED + "\", \"key\"); //";
    Workflow bound = workflowWithAction("bound", Map.of("repo", payload, "new_branch", "*/ \\u002a/", "sha", "\u2028",
        key, payload));
    Workflow generic = workflowWithAction("generic", Map.of("repo", payload, "new_branch", "*/ \\u002a/",
        key, payload));

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(bound, generic));

    // then
    assertThat(sources.get(0).text()).contains("CreateBranch.builder()");
    assertThat(sources.get(1).text()).doesNotContain("CreateBranch").contains("\"github.createBranch\"");
  }

  private static Workflow workflowWithAction(String tag, Map<String, String> inputs) {
    var action = AdvancedHttpRequest.builder().actionIdentifier("github.createBranch")
        .integrationAlias("acme-github");
    new TreeMap<>(inputs).forEach((name, value) -> action.putInput(name, JsonValue.of(value)));
    return simple(tag, "Branch").toBuilder()
        .actions(List.of(Block.builder().slug("only").name("Only").isRootAction(true).schema(action.build()).build()))
        .build();
  }

  @Test
  void integers_of_2_to_the_31_and_more_are_written_as_long_literals() throws Exception {
    // given
    Workflow workflow = simple("numbers", "Numbers").toBuilder()
        .putExtension("big", JsonValue.of(2_147_483_648L))
        .putExtension("small", JsonValue.of(-2_147_483_649L))
        .putExtension("huge", JsonValue.of(new BigDecimal("123456789012345678901234567890")))
        .actions(List.of(Block.builder().slug("only").name("Only").isRootAction(true)
            .schema(AdvancedHttpRequest.builder().actionIdentifier("github.getDeployment")
                .putInput("repo", JsonValue.of("acme/api"))
                .putInput("deployment_id", JsonValue.of(9_000_000_000L)).build()).build()))
        .build();

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(workflow));

    // then
    assertThat(sources.get(0).text()).contains("2147483648L", "-2147483649L", "9000000000L");
  }

  @Test
  void strings_of_65535_utf8_bytes_and_more_are_joined_from_smaller_literals() throws Exception {
    // given: one constant may hold 65,535 bytes of modified UTF-8
    String ascii = "x".repeat(70_000);
    String threeByte = "€".repeat(21_846) + "\n" + "€".repeat(10);
    String pairs = "😀".repeat(12_000);
    Workflow workflow = simple("long", ascii).toBuilder().description(threeByte)
        .actions(List.of(Block.builder().slug("only").name("Only").isRootAction(true)
            .schema(slack("deploys", pairs)).build()))
        .build();

    // when
    List<JavaSource> sources = importCompileAndRun(List.of(workflow));

    // then
    assertThat(sources.get(0).text()).contains("String.join(\"\",");
  }

  @Test
  void workflows_of_1000_and_2000_blocks_import_into_several_methods_and_200_into_one_fluent_chain()
      throws Exception {
    // given: real descriptors, written as a file and read back
    List<Path> files = new ArrayList<>();
    for (int size : List.of(200, 1000, 2000)) {
      Path file = dir.resolve("large-" + size + ".yaml");
      Files.writeString(file, WorkflowYaml.write(chain("large-" + size, size)), StandardCharsets.UTF_8);
      files.add(file);
    }

    // when
    long start = System.nanoTime();
    ImportResult result = importer.importPaths(files);
    long imported = System.nanoTime();
    InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(result.sources());
    System.out.printf("imported 200 + 1000 + 2000 blocks in %d ms, compiled them in %d ms%n",
        (imported - start) / 1_000_000, (System.nanoTime() - imported) / 1_000_000);

    // then
    assertThat(result.failures()).isEmpty();
    assertThat(result.warnings()).extracting(ImportWarning::message).containsExactly(
        "the workflow is too large for the DSL's fluent chain (1000 blocks); imported with the model API",
        "the workflow is too large for the DSL's fluent chain (2000 blocks); imported with the model API");
    for (int i = 0; i < files.size(); i++) {
      JavaSource source = result.sources().get(i);
      Workflow rebuilt = ((WorkflowSource) compiled.loadClass(source.qualifiedName()).getDeclaredConstructor()
          .newInstance()).workflow();
      assertThat(SemanticYaml.of(WorkflowYaml.write(rebuilt)))
          .isEqualTo(SemanticYaml.of(Files.readString(files.get(i), StandardCharsets.UTF_8)));
    }
    assertThat(result.sources().get(0).text()).contains("Workflows.workflow(\"large-200\", \"Chain of 200\")");
    assertThat(result.sources().get(2).text()).contains("private static void blocks32(List<Block> blocks) {")
        .doesNotContain("blocks33(");
  }

  private static Slack slack(String channel, String message) {
    return Slack.builder().channel(channel).message(message).build();
  }

  /** A valid linear workflow of {@code size} blocks of several types. */
  static Workflow chain(String tag, int size) {
    dev.cortexflow.model.ImmutableWorkflow.Builder workflow = Workflow.builder().tag(tag).name("Chain of " + size)
        .filter(GlobalFilter.of());
    for (int i = 0; i < size; i++) {
      dev.cortexflow.model.ImmutableBlock.Builder block = Block.builder().slug("step-" + i).name("Step " + i).isRootAction(i == 0)
          .schema(i == 0 ? Jq.of(".") : i % 3 == 0 ? Jq.of(".actions.\"step-" + (i - 1) + "\".outputs")
              : i % 3 == 1 ? slack("deploys", "Step {{actions.step-" + (i - 1) + ".outputs.result}} done")
              : AdvancedHttpRequest.builder().actionIdentifier("github.getBranch")
                  .putInput("repo", JsonValue.of("acme/api")).putInput("branch", JsonValue.of("b" + i)).build());
      if (i + 1 < size) {
        block.addOutgoingAction("step-" + (i + 1));
      }
      workflow.addAction(block.build());
    }
    return workflow.build();
  }
}

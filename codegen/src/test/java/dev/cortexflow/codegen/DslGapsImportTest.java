package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.ImmutableConditionalBranch;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Imports of what the DSL once could not say: literal braces, typed jq/JS/CEL text, block-level keys. */
class DslGapsImportTest {

  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.flows").build();

  private static Block block(String slug, String name, Object schema, String... next) {
    return Block.builder().slug(slug).name(name).schema((dev.cortexflow.model.block.BlockSchema) schema)
        .outgoingActions(List.of(next)).build();
  }

  private static Workflow workflow(ImmutableConditionalBranch.Builder branch, ImmutableBlock.Builder post) {
    return Workflow.builder().tag("gaps").name("Gaps").filter(GlobalFilter.of()).addActions(
        Block.builder().slug("ask").name("Ask").isRootAction(true).addOutgoingAction("lower")
            .schema(UserInput.builder()
                .addInput(TextInput.builder().key("topic").name("Topic").required(true).build()).build())
            .build(),
        block("lower", "Lower", Jq.of(".actions.\"ask\".outputs.topic | ascii_downcase"), "post"),
        post.build(),
        block("route", "Route", branch.build(), "script", "skip"),
        block("script", "Script", JavaScript.builder()
            .script("return { t: actions[\"ask\"].outputs.topic, extra: {} };").build(), "done"),
        block("skip", "Skip", Jq.of("."), "done"),
        block("done", "Done", Jq.of(".")))
        .build();
  }

  private static ImmutableConditionalBranch.Builder branch(Optional<String> conditional, Optional<String> fallback) {
    return ConditionalBranch.builder().joiningAction("done")
        .addBranches(BranchPath.builder().slug("yes").name("Yes").outgoingAction("script").type(conditional)
            .expression("size(actions[\"lower\"].outputs.result) > 0").build())
        .fallbackBranch(FallbackPath.builder().slug("no").name("No").outgoingAction("skip").type(fallback).build());
  }

  private static ImmutableBlock.Builder post() {
    return Block.builder().slug("post").name("Post").addOutgoingAction("route")
        .schema(HttpRequest.builder().httpMethod(HttpMethod.POST).url("https://hooks.example.com/topics")
            .payload("{\"tags\": {}, \"topic\": \"{{{actions.lower.outputs.result}}}\"}").build());
  }

  @Test
  void writes_text_mixing_escaped_and_raw_tags_as_one_template_that_compiles_to_the_same_text() throws Exception {
    // given: a payload with an escaped tag and a raw one
    Workflow original = workflow(branch(Optional.of("CONDITIONAL"), Optional.of("FALLBACK")),
        Block.builder().slug("post").name("Post").addOutgoingAction("route")
            .schema(HttpRequest.builder().httpMethod(HttpMethod.POST).url("https://hooks.example.com/topics")
                .payload("Topic {{actions.ask.outputs.topic}} as {{{actions.lower.outputs.result}}}").build()));

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "mixed.yaml");

    // then
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(original)));
    assertThat(result.sources().get(0).text())
        .contains("template(\"Topic {} as {}\", ask.output(\"topic\"), raw(lower.output(\"result\")))")
        .contains("import static dev.cortexflow.expr.Expr.raw;")
        .doesNotContain("mustacheRaw()", ".mustache() +");
  }

  private static Workflow rebuild(ImportResult result) throws Exception {
    JavaSource source = result.sources().get(0);
    return ((WorkflowSource) InMemoryCompiler.compile(result.sources()).loadClass(source.qualifiedName())
        .getDeclaredConstructor().newInstance()).workflow();
  }

  @Test
  void writes_literal_braces_and_references_in_jq_javascript_and_cel_as_typed_templates() throws Exception {
    // given
    Workflow original = workflow(branch(Optional.of("CONDITIONAL"), Optional.of("FALLBACK")), post());

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "gaps.yaml");

    // then
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(original)));
    assertThat(result.warnings()).isEmpty();
    assertThat(result.sources().get(0).text())
        .contains("jq(\"lower\", \"Lower\", Expr.jqTemplate(\"{} | ascii_downcase\", ask.output(\"topic\")))")
        .contains("rawTemplate(\"{\\\"tags\\\": {{}}, \\\"topic\\\": \\\"{}\\\"}\", lower.output(\"result\"))")
        .contains("Cel.template(\"size({}) > 0\", lower.output(\"result\"))")
        .contains("Expr.jsTemplate(\"return { t: {}, extra: {{}} };\", ask.output(\"topic\"))")
        .doesNotContain(".jq() +", "mustacheRaw()", "Cel.raw(", "Workflow.builder()", ".withoutItemTypes()");
  }

  @Test
  void writes_keys_on_blocks_and_branch_items_without_type_with_the_dsl() throws Exception {
    // given
    ImmutableConditionalBranch.Builder untyped = branch(Optional.empty(), Optional.empty());
    Workflow plain = workflow(untyped, post()
        .putExtension("position", JsonValue.object("x", 120, "y", JsonValue.of(-40))));
    Workflow original = plain.toBuilder().actions(plain.actions().stream()
        .map(b -> b.slug().equals("route") ? b.toBuilder().putExtension("collapsed", JsonValue.of(true)).build() : b)
        .toList()).build();

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "gaps.yaml");

    // then
    assertThat(rebuild(result)).satisfies(rebuilt -> {
      assertThat(rebuilt.block("post").orElseThrow().extensions()).isEqualTo(
          original.block("post").orElseThrow().extensions());
      assertThat(((ConditionalBranch) rebuilt.block("route").orElseThrow().schema()).branches().get(0).type())
          .isEmpty();
    });
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(original)));
    assertThat(result.warnings()).isEmpty();
    // argument lists wrap by length; the test pins the code, not the line breaks
    assertThat(result.sources().get(0).text().replaceAll(",\n\\s*", ", "))
        .contains(".customBlockField(\"position\", JsonValue.object(\"x\", JsonValue.of(120), \"y\","
            + " JsonValue.of(-40)))")
        .contains("branch(\"route\", \"Route\")\n", ".customBlockField(\"collapsed\", JsonValue.of(true))\n",
            ".withoutItemTypes()\n")
        .doesNotContain("Workflow.builder()", "jsonObject");
  }

  @Test
  void imports_branch_items_of_which_only_some_have_a_type_with_the_model_api_and_a_warning() throws Exception {
    // given
    Workflow original = workflow(branch(Optional.of("CONDITIONAL"), Optional.empty()), post());

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "gaps.yaml");

    // then
    assertThat(rebuild(result)).isEqualTo(original);
    assertThat(result.sources().get(0).text()).contains("return Workflow.builder()");
    assertThat(result.warnings()).extracting(ImportWarning::toString).containsExactly(
        "gaps.yaml: the DSL would change it (a branch would change); imported with the model API");
  }
}

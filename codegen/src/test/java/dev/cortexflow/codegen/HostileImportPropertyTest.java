package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.codec.WorkflowYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * An attacker who can edit a workflow in a workspace controls every string of its descriptor. Whatever those
 * strings hold, the imported Java compiles, runs no code of theirs, and rebuilds the descriptor exactly.
 */
class HostileImportPropertyTest {

  /** The pieces hostile strings are made of: comment and escape syntax, line breaks, bidi controls, keywords. */
  private static final List<String> ALPHABET = List.of("*/", "/*", "/**", "//", "\\u", "\\u002a/", "\\u000a",
      "\\u000d", "\\u2028", "\\", "\\\\", "\"", "'", "\"\"\"", "\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085",
      "\u000B", "\u0000", "\t", "{@code ", "{@literal @}", "@", "}", "{", "$", "$S", "$L", "%s", "<", ">", "&",
      "\u202E", "\u2066", "\u2069", "\u200F", "\uFEFF", "class", "static", "return", "_", "{{", "}}",
      "actions.x.outputs.y", "😀", "é", " ", "a", "0",
      " System.setProperty(\"" + HostileImportTest.PWNED + "\", \"ran\"); ",
      "} static { System.setProperty(\"" + HostileImportTest.PWNED + "\", \"ran\"); } class Z {");

  private static final String LONE_SURROGATES = "\uD800\uDFFF\uDBFF";


  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.hostile").build();

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(ALPHABET).list().ofMinSize(0).ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  /** As {@link #hostile()}, with lone surrogates too, which a workspace's JSON may hold. */
  @Provide
  Arbitrary<String> hostileFromServer() {
    return hostile().flatMap(text -> Arbitraries.of("", "\uD800", "\uDFFF", "\uDBFF").map(lone -> text + lone));
  }

  @Provide
  Arbitrary<Workflow> workflows() {
    return workflows(hostile());
  }

  @Provide
  Arbitrary<Workflow> fromServer() {
    return workflows(hostileFromServer());
  }

  private static Arbitrary<Workflow> workflows(Arbitrary<String> s) {
    return Combinators.combine(s.list().ofSize(8), s.list().ofSize(8), s.list().ofSize(8),
        Arbitraries.integers().between(0, 3)).as(HostileImportPropertyTest::workflow);
  }

  /** A workflow with every string taken from {@code a}, {@code b} and {@code c}; some shapes are invalid. */
  private static Workflow workflow(List<String> a, List<String> b, List<String> c, int shape) {
    List<String> slugs = List.of("s0" + a.get(0), "s1" + a.get(1), "s2" + a.get(2), "s3" + a.get(3),
        "s4" + a.get(4), "s5" + a.get(5));
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.builder().slug(slugs.get(0)).name(b.get(0)).isRootAction(true)
        .schema(HttpRequest.builder().httpMethod(HttpMethod.POST).url(c.get(0)).putHeader("h" + b.get(1), c.get(1))
            .payload(c.get(2)).build())
        .addOutgoingAction(slugs.get(1)).build());
    blocks.add(Block.builder().slug(slugs.get(1)).name(b.get(2))
        .schema(UserInput.builder()
            .addInput(TextInput.builder().key("k" + a.get(6)).name(b.get(3)).placeholder(c.get(3))
                .validationRegex(c.get(4)).build())
            .addInput(SelectInput.builder().key("o" + a.get(7)).name(b.get(4)).options(List.of(c.get(5), "x"))
                .build())
            .build())
        .addOutgoingAction(slugs.get(2)).build());
    blocks.add(Block.builder().slug(slugs.get(2)).name(b.get(5))
        .schema(ConditionalBranch.builder()
            .addBranch(BranchPath.builder().slug("p" + a.get(0)).name(b.get(6)).type("CONDITIONAL")
                .expression(c.get(6)).outgoingAction(slugs.get(3)).build())
            .fallbackBranch(FallbackPath.builder().slug("f" + a.get(1)).name(b.get(7)).type("FALLBACK")
                .outgoingAction(slugs.get(4)).build())
            .joiningAction(slugs.get(5)).build())
        .addOutgoingAction(slugs.get(3)).addOutgoingAction(slugs.get(4)).build());
    blocks.add(Block.builder().slug(slugs.get(3)).name(c.get(7))
        .schema(Slack.builder().channel(a.get(2)).message(c.get(0) + "{{actions." + slugs.get(0)
            + ".outputs.body}}" + c.get(1)).build())
        .addOutgoingAction(slugs.get(5)).build());
    blocks.add(Block.builder().slug(slugs.get(4)).name(a.get(3))
        .schema(Jq.of(c.get(2) + " | .actions.\"" + slugs.get(1) + "\".outputs"))
        .addOutgoingAction(shape == 3 ? "to " + a.get(4) : slugs.get(5)).build());
    blocks.add(Block.builder().slug(slugs.get(5)).name(a.get(5))
        .schema(CustomBlock.builder().type("RUN_" + b.get(0)).putExtension(b.get(1) + "k", JsonValue.of(c.get(3)))
            .build())
        .putExtension("x" + a.get(6), JsonValue.array(List.of(JsonValue.of(b.get(2)), JsonValue.object(
            java.util.Map.of(b.get(3) + "m", JsonValue.of(c.get(4)))))))
        .build());
    return Workflow.builder().tag(shape == 2 ? b.get(5) : "t" + a.get(7)).name(b.get(6)).description(c.get(5))
        .filter(GlobalFilter.of())
        .addVariable(Variable.builder().slug("v" + a.get(0)).type(VariableType.STRING)
            .defaultValue(JsonValue.of(b.get(7))).description(c.get(6)).build())
        .runResponseTemplate(c.get(7) + "{{variables.v" + a.get(0) + "}}")
        .iconTag(shape == 1 ? a.get(1) : "Airplane")
        .putExtension("e" + b.get(0), JsonValue.of(c.get(0)))
        .actions(blocks).build();
  }

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void imported_hostile_workflows_compile_run_no_code_and_rebuild_the_same(
      @ForAll @Size(3) List<@From("fromServer") Workflow> workflows) throws Exception {
    // when
    ImportResult result = importer.importWorkflows(workflows, "hostile \\u000a */ \r\n.yaml");
    InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(result.sources());

    // then
    assertThat(result.failures()).isEmpty();
    assertThat(compiled.classNames()).as("javac wrote only the imported classes")
        .containsExactlyElementsOf(result.sources().stream().map(JavaSource::qualifiedName).sorted().toList());
    for (int i = 0; i < workflows.size(); i++) {
      Workflow rebuilt = ((WorkflowSource) compiled.loadClass(result.sources().get(i).qualifiedName())
          .getDeclaredConstructor().newInstance()).workflow();
      assertThat(bySlug(rebuilt)).isEqualTo(bySlug(workflows.get(i)));
    }
    assertThat(System.getProperty(HostileImportTest.PWNED)).as("a payload ran").isNull();
  }

  /** The workflow with blocks and variables in slug order, which Cortex ignores. */
  private static Workflow bySlug(Workflow workflow) {
    return ImmutableWorkflow.copyOf(workflow)
        .withActions(workflow.actions().stream().sorted(Comparator.comparing(Block::slug)).toList())
        .withVariables(workflow.variables().stream().sorted(Comparator.comparing(Variable::slug)).toList());
  }

  @Property(tries = 10, shrinking = ShrinkingMode.OFF)
  void a_descriptor_file_with_a_lone_surrogate_in_any_string_is_skipped_naming_its_pointer(
      @ForAll("workflows") Workflow workflow, @ForAll("hostile") String before) throws IOException {
    // given: one string of the descriptor gets a lone surrogate, written as an escape as YAML does
    String yaml = WorkflowYaml.write(workflow.toBuilder().description(before + LONE_SURROGATES.charAt(
        before.length() % 3)).build());
    Path dir = Files.createTempDirectory("hostile");
    Path file = Files.writeString(dir.resolve("lone.yaml"), yaml, StandardCharsets.UTF_8);
    Path fine = Files.writeString(dir.resolve("fine.yaml"), WorkflowYaml.write(workflow), StandardCharsets.UTF_8);

    // when
    ImportResult result = importer.importPaths(List.of(file, fine));

    // then
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(file.toString());
      assertThat(f.message()).startsWith("at /description: not imported, since reading had to drop or replace a"
          + " value: the string holds a lone surrogate U+D");
    });
    assertThat(result.sources()).hasSize(1);
  }
}

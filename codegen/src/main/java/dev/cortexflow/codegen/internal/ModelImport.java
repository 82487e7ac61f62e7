package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Imports a workflow with the model's lower-level API ({@code Workflow.builder()}, {@code Block.builder()}): used
 * for workflows the fluent DSL cannot or should not express, such as invalid ones, so that nothing is lost. A
 * workflow with many blocks builds them in several methods ({@code blocks1(blocks)}, {@code blocks2(blocks)}, …),
 * each well below javac's limits on nesting and on the size of a method's code.
 */
public final class ModelImport {

  /** Workflows with more blocks than this build them in separate methods. */
  static final int BLOCKS_IN_ONE_METHOD = 50;

  /** The most source text of blocks one helper method holds (a method's bytecode may not exceed 64 KiB). */
  private static final int TEXT_PER_METHOD = 20_000;

  /** The most blocks one helper method holds. */
  private static final int BLOCKS_PER_METHOD = 100;

  /** The statements of {@code workflow()}, and the helper methods they call. */
  public record Body(CodeBlock code, List<MethodSpec> helpers) {}

  private ModelImport() {}

  /** The statements of {@code workflow()} (one return of the rebuilt model) and its helper methods. */
  public static Body body(Workflow workflow, Literals literals) {
    ModelEmitter emitter = new ModelEmitter(literals);
    if (workflow.actions().size() <= BLOCKS_IN_ONE_METHOD) {
      return new Body(CodeBlock.builder().addStatement("return $L", emitter.statementValue(workflow)).build(),
          List.of());
    }
    ParameterizedTypeName listOfBlocks = ParameterizedTypeName.get(ClassName.get(List.class),
        ClassName.get(Block.class));
    List<MethodSpec> helpers = new ArrayList<>();
    CodeBlock.Builder statements = CodeBlock.builder();
    int index = 0;
    while (index < workflow.actions().size()) {
      MethodSpec.Builder helper = MethodSpec.methodBuilder("blocks" + (helpers.size() + 1))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(listOfBlocks, "blocks");
      int first = index;
      int text = 0;
      while (index < workflow.actions().size() && index - first < BLOCKS_PER_METHOD
          && (index == first || text < TEXT_PER_METHOD)) {
        CodeBlock block = emitter.modelValue(workflow.actions().get(index));
        text += block.toString().length();
        helper.addStatement("blocks.add($L)", block);
        index++;
      }
      helper.addJavadoc("Adds blocks $L to $L of {@code actions}.\n", first + 1, index);
      helpers.add(helper.build());
    }
    statements.addStatement("$T blocks = new $T<>($L)", listOfBlocks, ArrayList.class, workflow.actions().size());
    helpers.forEach(h -> statements.addStatement("$N(blocks)", h));
    Workflow settings = ImmutableWorkflow.copyOf(workflow).withActions(List.of());
    statements.addStatement("return $T.copyOf($L)$>$>\n.withActions(blocks)$<$<", ImmutableWorkflow.class,
        emitter.modelValue(settings));
    return new Body(statements.build(), helpers);
  }
}

package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.model.Workflow;

/**
 * Imports a workflow with the model's lower-level API ({@code Workflow.builder()}, {@code Block.builder()}): used
 * for workflows the fluent DSL cannot or should not express, such as invalid ones, so that nothing is lost.
 */
public final class ModelImport {

  private ModelImport() {}

  /** The statements of {@code workflow()}: one return of the rebuilt model. */
  public static CodeBlock body(Workflow workflow, Literals literals) {
    return CodeBlock.builder()
        .addStatement("return $L", new ModelEmitter(literals).statementValue(workflow))
        .build();
  }
}

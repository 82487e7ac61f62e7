package dev.cortexflow.codec;

import dev.cortexflow.codec.internal.JsonSchemaGenerator;

/**
 * The JSON Schema (draft 2020-12) of a Cortex Workflow descriptor, for editors. The repository commits it as
 * {@code schema/cortex-workflow.schema.json}; point yaml-language-server at it with a first line such as
 * {@code # yaml-language-server: $schema=../schema/cortex-workflow.schema.json}.
 *
 * <p>It describes every property, lists enums and the fields the Cortex server requires (fields it defaults are
 * optional), and picks the block and form-field schema by their {@code type} ({@code oneOf} with {@code const}
 * discriminators). Unknown keys are allowed, as cortexflow keeps them.
 */
public final class WorkflowJsonSchema {
  private WorkflowJsonSchema() {}

  /** Returns the schema as pretty JSON text with a final newline; the same bytes on every call. */
  public static String generate() {
    return JsonSchemaGenerator.generate();
  }
}

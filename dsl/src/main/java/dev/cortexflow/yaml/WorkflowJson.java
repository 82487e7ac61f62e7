package dev.cortexflow.yaml;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.yaml.internal.Codec;

/**
 * Writes workflows as JSON descriptors (the body Cortex's API accepts) and reads JSON descriptors back.
 *
 * <p>Output is deterministic pretty JSON: two-space indentation, keys in the same order as
 * {@link WorkflowYaml#write(Workflow)}, the same required defaults, {@code \n} line ends and a final newline.
 *
 * <pre class="compilable">{@code
 * String json = WorkflowJson.write(workflow);
 * Workflow back = WorkflowJson.read(json).workflow();
 * }</pre>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class WorkflowJson {
  private WorkflowJson() {}

  /**
   * Returns the workflow as a pretty JSON descriptor.
   *
   * @param workflow the workflow
   * @return the JSON text, ending with a newline
   */
  public static String write(Workflow workflow) {
    return Codec.writeJson(workflow);
  }

  /**
   * Reads a JSON descriptor with the default limits.
   *
   * @param text the descriptor
   * @return the model and the read-time violations
   * @throws WorkflowYamlException if the text is not JSON, is hostile, or its top level is not an object
   */
  public static ReadResult read(String text) {
    return read(text, "<json>", ReadOptions.defaults());
  }

  /**
   * Reads a JSON descriptor.
   *
   * @param text the descriptor
   * @param sourceName the name used in error messages
   * @param options the limits
   * @return the model and the read-time violations
   * @throws WorkflowYamlException if the text is not JSON, is hostile, or its top level is not an object
   */
  public static ReadResult read(String text, String sourceName, ReadOptions options) {
    return Codec.read(text, sourceName, Codec.Format.JSON, options);
  }
}

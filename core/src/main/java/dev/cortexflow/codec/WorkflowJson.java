package dev.cortexflow.codec;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.internal.Codec;
import java.util.Optional;

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
   * Returns the workflow as a pretty JSON descriptor whose keys follow the order of another JSON descriptor text,
   * as {@link WorkflowYaml#writeInOrderOf(Workflow, String)} does for YAML.
   *
   * @param workflow the workflow
   * @param original a JSON descriptor text; when it cannot be read, the order of {@link #write(Workflow)}
   * @return the JSON text, ending with a newline
   */
  public static String writeInOrderOf(Workflow workflow, String original) {
    return Codec.writeInOrderOf(workflow, original, true);
  }

  /**
   * The DESCRIPTOR_TOO_LARGE ERROR when the workflow's JSON descriptor (what a push sends) is larger than
   * {@link WorkflowValidator#MAX_DESCRIPTOR_BYTES}, counted in bytes of UTF-8; empty when it fits.
   *
   * @param workflow the workflow
   * @return the violation, or empty
   */
  public static Optional<Violation> sizeViolation(Workflow workflow) {
    return sizeViolation(write(workflow));
  }

  /**
   * The DESCRIPTOR_TOO_LARGE ERROR when {@code json}, a JSON descriptor as {@link #write(Workflow)} gives it, is
   * larger than {@link WorkflowValidator#MAX_DESCRIPTOR_BYTES} in bytes of UTF-8; empty when it fits.
   *
   * @param json the descriptor text
   * @return the violation, or empty
   */
  public static Optional<Violation> sizeViolation(String json) {
    long bytes = utf8Length(json);
    return bytes > WorkflowValidator.MAX_DESCRIPTOR_BYTES
        ? Optional.of(WorkflowValidator.descriptorTooLarge(bytes)) : Optional.empty();
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
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

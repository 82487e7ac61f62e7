package dev.cortexflow.codec;

import dev.cortexflow.codec.internal.Codec;
import java.nio.file.Path;

/**
 * Reads a descriptor that may be YAML or JSON: the file extension decides ({@code .json}, {@code .yaml},
 * {@code .yml}); otherwise text starting with <code>{</code> or {@code [} is tried as JSON first, anything else is
 * YAML.
 *
 * <pre class="compilable">{@code
 * ReadResult result = WorkflowReader.read(Path.of("deploy.yaml"));
 * result.violations().forEach(System.out::println);
 * Workflow workflow = result.workflow();
 * }</pre>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class WorkflowReader {
  private WorkflowReader() {}

  /**
   * Reads a descriptor file with the default limits (5 MB).
   *
   * @param file a YAML or JSON file, UTF-8
   * @return the model and the read-time violations
   * @throws WorkflowYamlException if the file cannot be read, is too large, is not UTF-8, YAML or JSON, is hostile,
   *     or its top level is not a mapping
   */
  public static ReadResult read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Reads a descriptor file.
   *
   * @param file a YAML or JSON file, UTF-8
   * @param options the limits
   * @return the model and the read-time violations
   * @throws WorkflowYamlException as {@link #read(Path)}
   */
  public static ReadResult read(Path file, ReadOptions options) {
    return Codec.read(file, options);
  }

  /**
   * Reads descriptor text with the default limits.
   *
   * @param text YAML or JSON
   * @param sourceName the name used in error messages; its extension, if any, decides the format
   * @return the model and the read-time violations
   * @throws WorkflowYamlException as {@link #read(Path)}
   */
  public static ReadResult read(String text, String sourceName) {
    return read(text, sourceName, ReadOptions.defaults());
  }

  /**
   * Reads descriptor text.
   *
   * @param text YAML or JSON
   * @param sourceName the name used in error messages; its extension, if any, decides the format
   * @param options the limits
   * @return the model and the read-time violations
   * @throws WorkflowYamlException as {@link #read(Path)}
   */
  public static ReadResult read(String text, String sourceName, ReadOptions options) {
    return Codec.read(text, sourceName, Codec.Format.DETECT, options);
  }
}

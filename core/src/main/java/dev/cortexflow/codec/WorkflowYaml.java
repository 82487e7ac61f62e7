package dev.cortexflow.codec;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.internal.Codec;
import java.util.Objects;

/**
 * Writes workflows as the YAML descriptor Cortex reads, and reads YAML descriptors back.
 *
 * <p>Writing is deterministic: the same model always gives the same bytes. Keys follow Cortex's exports
 * (workflow: {@code name, tag, description, isDraft, filter, variables, runResponseTemplate,
 * failedRunResponseTemplate, actions, runRestrictionPolicies, iconTag, isRunnableViaApi,
 * restrictActionCompletionToRunnerUser}; block: {@code name, slug, schema, outgoingActions, isRootAction}; inside
 * {@code schema}, {@code type} first), unknown keys kept in {@code extensions()} come after the known ones.
 * Free-form maps ({@code headers}, {@code inputs}, Jira {@code fields}, values of unknown keys) are unordered in
 * the model, so they are written in key order: equal models always give equal bytes. Every
 * field the OpenAPI requires is written, with its default when the model has none ({@code variables: []},
 * {@code restrictActionCompletionToRunnerUser: false}, {@code headers: {}}, {@code inputOverrides: []},
 * {@code allowAdditionalOptions: false}, {@code entityFilter: {}}, {@code alias: null}, …); absent optional values
 * are left out. Multi-line text is a literal block ({@code |}, {@code |-} or {@code |+}, keeping its trailing line
 * breaks exactly); other strings are plain unless a YAML reader could take them for something else
 * ({@code "yes"}, {@code "0123"}, {@code "null"}, {@code "a: b"}), then double-quoted. UTF-8, {@code \n} line ends,
 * a final newline, no timestamps.
 *
 * <pre class="compilable">{@code
 * String yaml = WorkflowYaml.write(workflow, WriteOptions.generatedFrom("com.acme.DeployService"));
 * ReadResult back = WorkflowYaml.read(yaml);
 * assert back.workflow().equals(workflow);
 * }</pre>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class WorkflowYaml {
  private WorkflowYaml() {}

  /**
   * Returns the workflow as a YAML descriptor.
   *
   * @param workflow the workflow; not validated here (see {@code WorkflowValidator})
   * @return the YAML text, ending with a newline
   */
  public static String write(Workflow workflow) {
    return write(workflow, WriteOptions.defaults());
  }

  /**
   * Returns the workflow as a YAML descriptor, starting with the preamble comment the options ask for.
   *
   * @param workflow the workflow
   * @param options the preamble to write, if any
   * @return the YAML text, ending with a newline
   */
  public static String write(Workflow workflow, WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return Codec.writeYaml(workflow, options.preamble());
  }

  /**
   * Returns the workflow as a YAML descriptor whose keys follow the order of another descriptor text, such as the
   * file the workflow was read from, so that a line diff against that file shows only what differs. Keys
   * {@code original} has come first, in its order, at every level; list items are paired by {@code slug} or
   * {@code key} (blocks, variables, form fields), else by position; keys it lacks follow in the order of
   * {@link #write(Workflow)}. Values are written as {@link #write(Workflow)} writes them; comments are not written.
   *
   * <pre>{@code
   * String live = WorkflowYaml.writeInOrderOf(liveWorkflow, Files.readString(Path.of("deploy.yaml")));
   * }</pre>
   *
   * @param workflow the workflow
   * @param original a YAML or JSON descriptor text; when it cannot be read, the order of {@link #write(Workflow)}
   * @return the YAML text, ending with a newline
   */
  public static String writeInOrderOf(Workflow workflow, String original) {
    return Codec.writeInOrderOf(workflow, original, false);
  }

  /**
   * Reads a YAML descriptor (JSON is YAML too, so it is accepted) with the default limits.
   *
   * @param text the descriptor
   * @return the model and the read-time violations
   * @throws WorkflowYamlException if the text is not YAML, is hostile, or its top level is not a mapping
   */
  public static ReadResult read(String text) {
    return read(text, "<yaml>", ReadOptions.defaults());
  }

  /**
   * Reads a YAML descriptor.
   *
   * @param text the descriptor
   * @param sourceName the name used in error messages (usually the file name)
   * @param options the limits
   * @return the model and the read-time violations
   * @throws WorkflowYamlException if the text is not YAML, is hostile, or its top level is not a mapping
   */
  public static ReadResult read(String text, String sourceName, ReadOptions options) {
    return Codec.read(text, sourceName, Codec.Format.YAML, options);
  }
}

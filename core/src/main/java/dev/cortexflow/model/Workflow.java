package dev.cortexflow.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Cortex Workflow definition: the document Cortex stores and runs (a "Workflows as code" YAML file, or the body
 * of {@code POST /api/v1/workflows}).
 *
 * <p>Most users build one with the fluent DSL ({@code Workflows.workflow(...)}), which checks the graph; this
 * value type itself accepts any descriptor, including broken ones read from files, so that they can be validated.
 *
 * <pre class="compilable">{@code
 * Workflow wf = Workflow.builder()
 *     .tag("hello").name("Hello")
 *     .filter(GlobalFilter.of())
 *     .addAction(Block.builder().slug("say").name("Say").schema(Jq.of(".")).isRootAction(true).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Workflow extends Extensible {

  /** Display name ({@code name}). */
  String name();

  /** Unique identifier ({@code tag}); letters, digits and hyphens; the key of create-or-update. */
  String tag();

  /** Text shown in the workflow list ({@code description}). */
  Optional<String> description();

  /** Whether the workflow is a draft ({@code isDraft}, default {@code false}). */
  @Value.Default
  default boolean isDraft() {
    return false;
  }

  /** Where the workflow can run ({@code filter}). */
  Filter filter();

  /** Workflow variables ({@code variables}, default empty). */
  List<Variable> variables();

  /** Markdown and Mustache message shown when a run succeeds ({@code runResponseTemplate}). */
  Optional<String> runResponseTemplate();

  /** Message shown when a run fails ({@code failedRunResponseTemplate}). */
  Optional<String> failedRunResponseTemplate();

  /** The blocks ({@code actions}), in file order; the graph is given by their slugs. */
  List<Block> actions();

  /** Who may run the workflow ({@code runRestrictionPolicies}, default empty: anyone). */
  List<RunRestriction> runRestrictionPolicies();

  /** Display icon ({@code iconTag}). */
  Optional<String> iconTag();

  /** Whether the Runs API may start this workflow ({@code isRunnableViaApi}); absent means {@code false}. */
  Optional<Boolean> isRunnableViaApi();

  /**
   * Whether only the user who started a run may complete its interactive steps
   * ({@code restrictActionCompletionToRunnerUser}, default {@code false}).
   */
  @Value.Default
  default boolean restrictActionCompletionToRunnerUser() {
    return false;
  }

  /** Returns the block with the given slug, if any. */
  default Optional<Block> block(String slug) {
    return actions().stream().filter(b -> b.slug().equals(slug)).findFirst();
  }

  /** Returns a new builder. */
  static ImmutableWorkflow.Builder builder() {
    return ImmutableWorkflow.builder();
  }

  /** Returns a builder initialised from this workflow. */
  default ImmutableWorkflow.Builder toBuilder() {
    return ImmutableWorkflow.builder().from(this);
  }
}

package dev.cortexflow.model.input;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A picker of Cortex entities; the output is an object with at least {@code tag}. Descriptor {@code type: CORTEX_ENTITY_FIELD}. */
@Value.Immutable
public non-sealed interface EntityInput extends InputField {

  /** Returns {@code CORTEX_ENTITY_FIELD}. */
  @Override
  default String type() {
    return "CORTEX_ENTITY_FIELD";
  }

  /** Whether several entities may be chosen ({@code allowMultiple}, default {@code false}). */
  @Value.Default
  default boolean allowMultiple() {
    return false;
  }

  /** Which entities are offered ({@code entityFilter}); written as {@code {}} when absent. */
  Optional<InputEntityFilter> entityFilter();

  /** Whether options show as a hierarchy ({@code shouldDisplayOptionsAsHierarchy}, default {@code false}). */
  @Value.Default
  default boolean shouldDisplayOptionsAsHierarchy() {
    return false;
  }

  /** Initial entity tags ({@code defaultValue}). */
  Optional<List<String>> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Whether only the runner's entities are offered ({@code limitEntitiesToRunnerUserScope}). */
  Optional<Boolean> limitEntitiesToRunnerUserScope();

  /** Returns a new builder. */
  static ImmutableEntityInput.Builder builder() {
    return ImmutableEntityInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#entityInput entityInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.entityInput(this);
  }
}

package dev.cortexflow.model.input;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Several choices from a list of options. Descriptor {@code type: MULTISELECT_FIELD}. */
@Value.Immutable
public non-sealed interface MultiSelectInput extends InputField {

  /** Returns {@code MULTISELECT_FIELD}. */
  @Override
  default String type() {
    return "MULTISELECT_FIELD";
  }

  /** The options ({@code options}). */
  List<String> options();

  /** Whether the user may type other values ({@code allowAdditionalOptions}, default {@code false}). */
  @Value.Default
  default boolean allowAdditionalOptions() {
    return false;
  }

  /** Labels parallel to the options ({@code optionsLabels}). */
  Optional<List<String>> optionsLabels();

  /** Initial values ({@code defaultValue}). */
  Optional<List<String>> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableMultiSelectInput.Builder builder() {
    return ImmutableMultiSelectInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#multiSelectInput multiSelectInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.multiSelectInput(this);
  }
}

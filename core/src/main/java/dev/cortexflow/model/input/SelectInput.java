package dev.cortexflow.model.input;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A single choice from a list of options. Descriptor {@code type: SELECT_FIELD}. */
@Value.Immutable
public non-sealed interface SelectInput extends InputField {

  /** Returns {@code SELECT_FIELD}. */
  @Override
  default String type() {
    return "SELECT_FIELD";
  }

  /** The options ({@code options}). */
  List<String> options();

  /** Whether the user may type another value ({@code allowAdditionalOptions}, default {@code false}). */
  @Value.Default
  default boolean allowAdditionalOptions() {
    return false;
  }

  /** Labels parallel to the options ({@code optionsLabels}). */
  Optional<List<String>> optionsLabels();

  /** Initial value ({@code defaultValue}). */
  Optional<String> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableSelectInput.Builder builder() {
    return ImmutableSelectInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#selectInput selectInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.selectInput(this);
  }
}

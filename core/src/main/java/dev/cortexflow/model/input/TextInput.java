package dev.cortexflow.model.input;

import java.util.Optional;
import org.immutables.value.Value;

/** A single-line text field. Descriptor {@code type: INPUT_FIELD}. */
@Value.Immutable
public non-sealed interface TextInput extends InputField {

  /** Returns {@code INPUT_FIELD}. */
  @Override
  default String type() {
    return "INPUT_FIELD";
  }

  /** Initial value ({@code defaultValue}). */
  Optional<String> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Regular expression the value must match ({@code validationRegex}). */
  Optional<String> validationRegex();

  /** Returns a new builder. */
  static ImmutableTextInput.Builder builder() {
    return ImmutableTextInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#textInput textInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.textInput(this);
  }
}

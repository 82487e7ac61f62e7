package dev.cortexflow.model.input;

import java.util.Optional;
import org.immutables.value.Value;

/** A multi-line text field. Descriptor {@code type: TEXTAREA_FIELD}. */
@Value.Immutable
public non-sealed interface TextareaInput extends InputField {

  /** Returns {@code TEXTAREA_FIELD}. */
  @Override
  default String type() {
    return "TEXTAREA_FIELD";
  }

  /** Initial value ({@code defaultValue}). */
  Optional<String> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Regular expression the value must match ({@code validationRegex}). */
  Optional<String> validationRegex();

  /** Returns a new builder. */
  static ImmutableTextareaInput.Builder builder() {
    return ImmutableTextareaInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#textareaInput textareaInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.textareaInput(this);
  }
}

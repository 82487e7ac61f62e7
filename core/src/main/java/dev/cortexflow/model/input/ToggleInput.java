package dev.cortexflow.model.input;

import java.util.Optional;
import org.immutables.value.Value;

/** An on/off toggle. Descriptor {@code type: TOGGLE_FIELD}. */
@Value.Immutable
public non-sealed interface ToggleInput extends InputField {

  /** Returns {@code TOGGLE_FIELD}. */
  @Override
  default String type() {
    return "TOGGLE_FIELD";
  }

  /** Initial value ({@code defaultValue}). */
  Optional<Boolean> defaultValue();

  /** Returns a new builder. */
  static ImmutableToggleInput.Builder builder() {
    return ImmutableToggleInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#toggleInput toggleInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.toggleInput(this);
  }
}

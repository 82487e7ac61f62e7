package dev.cortexflow.model.input;

import org.immutables.value.Value;

/** A form field of a kind cortexflow does not know; its other keys are kept in {@link #extensions()}. */
@Value.Immutable
public non-sealed interface CustomInput extends InputField {

  @Override
  String type();

  /** Returns a new builder. */
  static ImmutableCustomInput.Builder builder() {
    return ImmutableCustomInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#customInput customInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.customInput(this);
  }
}

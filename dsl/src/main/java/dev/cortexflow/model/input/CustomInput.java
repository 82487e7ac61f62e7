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
}

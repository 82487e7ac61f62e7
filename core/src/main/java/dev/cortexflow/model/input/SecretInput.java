package dev.cortexflow.model.input;

import java.util.Optional;
import org.immutables.value.Value;

/** A masked text field for a secret value. Descriptor {@code type: SECRET_FIELD}. */
@Value.Immutable
public non-sealed interface SecretInput extends InputField {

  /** Returns {@code SECRET_FIELD}. */
  @Override
  default String type() {
    return "SECRET_FIELD";
  }

  /** Whether the field is read-only ({@code disabled}, default {@code false}). */
  @Value.Default
  default boolean disabled() {
    return false;
  }

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Regular expression the value must match ({@code validationRegex}). */
  Optional<String> validationRegex();

  /** Returns a new builder. */
  static ImmutableSecretInput.Builder builder() {
    return ImmutableSecretInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#secretInput secretInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.secretInput(this);
  }
}

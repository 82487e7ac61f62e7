package dev.cortexflow.model.input;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A number field. Descriptor {@code type: NUMBER_FIELD}. */
@Value.Immutable
public non-sealed interface NumberInput extends InputField {

  /** Returns {@code NUMBER_FIELD}. */
  @Override
  default String type() {
    return "NUMBER_FIELD";
  }

  /** Whether the field is read-only ({@code disabled}, default {@code false}). */
  @Value.Default
  default boolean disabled() {
    return false;
  }

  /** {@code INTEGER} or {@code DECIMAL} ({@code format}); written as {@code INTEGER} when absent. */
  Optional<NumberFormat> format();

  /** Smallest value ({@code min}). */
  Optional<BigDecimal> min();

  /** Largest value ({@code max}). */
  Optional<BigDecimal> max();

  /** Initial value ({@code defaultValue}). */
  Optional<BigDecimal> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableNumberInput.Builder builder() {
    return ImmutableNumberInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#numberInput numberInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.numberInput(this);
  }
}

package dev.cortexflow.model.input;

import java.util.Optional;
import org.immutables.value.Value;

/** A date or date-time field. Descriptor {@code type: DATE_FIELD}. */
@Value.Immutable
public non-sealed interface DateInput extends InputField {

  /** Returns {@code DATE_FIELD}. */
  @Override
  default String type() {
    return "DATE_FIELD";
  }

  /** Whether the field is read-only ({@code disabled}, default {@code false}). */
  @Value.Default
  default boolean disabled() {
    return false;
  }

  /** {@code DATE} or {@code DATETIME} ({@code format}); written as {@code DATE} when absent. */
  Optional<DateFormat> format();

  /** Initial value ({@code defaultValue}). */
  Optional<String> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableDateInput.Builder builder() {
    return ImmutableDateInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#dateInput dateInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.dateInput(this);
  }
}

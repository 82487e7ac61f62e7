package dev.cortexflow.model.input;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A picker of Cortex users. Descriptor {@code type: CORTEX_USER_FIELD}. */
@Value.Immutable
public non-sealed interface UserPickerInput extends InputField {

  /** Returns {@code CORTEX_USER_FIELD}. */
  @Override
  default String type() {
    return "CORTEX_USER_FIELD";
  }

  /** Whether several users may be chosen ({@code allowMultiple}, default {@code false}). */
  @Value.Default
  default boolean allowMultiple() {
    return false;
  }

  /** Which users are offered ({@code filter}); written as {@code {}} when absent. */
  Optional<InputUserFilter> filter();

  /** Initial users ({@code defaultValue}). */
  Optional<List<UserRef>> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableUserPickerInput.Builder builder() {
    return ImmutableUserPickerInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#userPickerInput userPickerInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.userPickerInput(this);
  }
}

package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field of a USER_INPUT form (an entry of {@code schema.inputs}), one value type per field kind plus
 * {@link CustomInput} for kinds cortexflow does not know (such as {@code NESTED_FORM_FIELD}).
 */
public sealed interface InputField extends Extensible
    permits TextInput, TextareaInput, SelectInput, MultiSelectInput, ToggleInput, EntityInput, UserPickerInput,
        SlackInput, SecretInput, NumberInput, DateInput, CustomInput {

  /** The discriminator ({@code type}), such as {@code INPUT_FIELD}. */
  String type();

  /** Name of the value in the block's outputs ({@code key}). */
  String key();

  /** Label ({@code name}). */
  String name();

  /** Whether a value is required ({@code required}, default {@code false}). */
  @Value.Default
  default boolean required() {
    return false;
  }

  /** Help text ({@code description}). */
  Optional<String> description();
}

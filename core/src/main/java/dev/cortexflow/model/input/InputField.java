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

  /**
   * Calls the visitor's method for this field's type. Prefer it to a chain of {@code instanceof} tests wherever
   * every field type needs handling: a type added to the model is then a compile error in every visitor.
   *
   * @param visitor what to do for each field type
   * @param <R> what the visitor returns ({@code Void} when nothing)
   * @return what the visitor's method for this type returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per form field type of the model; see {@link #accept(Visitor)}. There is deliberately no default
   * method: every visitor handles every type.
   *
   * @param <R> what each method returns ({@code Void} when nothing)
   */
  interface Visitor<R> {

    /** Handles an {@code INPUT_FIELD} field. */
    R textInput(TextInput field);

    /** Handles a {@code TEXTAREA_FIELD} field. */
    R textareaInput(TextareaInput field);

    /** Handles a {@code SELECT_FIELD} field. */
    R selectInput(SelectInput field);

    /** Handles a {@code MULTISELECT_FIELD} field. */
    R multiSelectInput(MultiSelectInput field);

    /** Handles a {@code TOGGLE_FIELD} field. */
    R toggleInput(ToggleInput field);

    /** Handles a {@code CORTEX_ENTITY_FIELD} field. */
    R entityInput(EntityInput field);

    /** Handles a {@code CORTEX_USER_FIELD} field. */
    R userPickerInput(UserPickerInput field);

    /** Handles a {@code SLACK_FIELD} field. */
    R slackInput(SlackInput field);

    /** Handles a {@code SECRET_FIELD} field. */
    R secretInput(SecretInput field);

    /** Handles a {@code NUMBER_FIELD} field. */
    R numberInput(NumberInput field);

    /** Handles a {@code DATE_FIELD} field. */
    R dateInput(DateInput field);

    /** Handles a field of a type cortexflow does not know. */
    R customInput(CustomInput field);
  }
}

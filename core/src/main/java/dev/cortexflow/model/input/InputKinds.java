package dev.cortexflow.model.input;

import static dev.cortexflow.model.input.InputValueKind.DATE_FORMAT;
import static dev.cortexflow.model.input.InputValueKind.ENTITY_FILTER;
import static dev.cortexflow.model.input.InputValueKind.FLAG;
import static dev.cortexflow.model.input.InputValueKind.NUMBER_FORMAT;
import static dev.cortexflow.model.input.InputValueKind.OPTIONAL_BOOLEAN;
import static dev.cortexflow.model.input.InputValueKind.OPTIONAL_NUMBER;
import static dev.cortexflow.model.input.InputValueKind.OPTIONAL_TEXT;
import static dev.cortexflow.model.input.InputValueKind.OPTIONAL_TEXTS;
import static dev.cortexflow.model.input.InputValueKind.SLACK_FILTER;
import static dev.cortexflow.model.input.InputValueKind.TEXTS;
import static dev.cortexflow.model.input.InputValueKind.USERS;
import static dev.cortexflow.model.input.InputValueKind.USER_FILTER;

import java.util.List;
import java.util.Optional;

/**
 * The input table: for each of the 11 form field kinds of Cortex's published API, its own keys in the order the
 * codec writes them, with their JSON kinds, presence, vocabularies and descriptions. The codec reads and writes
 * form fields from it, the validator checks their vocabularies with it, and the JSON Schema is generated from it.
 * Adding a key to a field kind is one line here (plus the model's accessor).
 *
 * <p>What the table deliberately does not hold: the keys every form field has ({@code type}, {@code key},
 * {@code name}, {@code description}, {@code required}), the mapping of the nested filters and users, the input
 * overrides, and the DSL's typed API.
 */
public final class InputKinds {
  private static final String PLACEHOLDER = "Hint shown in the empty field";
  private static final String REGEX = "Regular expression the value must match";
  private static final String OPTIONS = "The option values";
  private static final String LABELS = "Labels shown for the options, in the same order";
  private static final String ADDITIONAL = "Whether other values may be typed (default false)";
  private static final String READ_ONLY = "Whether the field is read-only";

  /** {@code INPUT_FIELD}. */
  public static final InputKind<TextInput, ImmutableTextInput.Builder> TEXT = InputKind.of("INPUT_FIELD",
      "One-line text", TextInput.class, TextInput::builder, ImmutableTextInput.Builder::from,
      ImmutableTextInput.Builder::extensions, ImmutableTextInput.Builder::build)
      .optional("defaultValue", OPTIONAL_TEXT, "Initial value", TextInput::defaultValue,
          ImmutableTextInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, TextInput::placeholder,
          ImmutableTextInput.Builder::placeholder)
      .optional("validationRegex", OPTIONAL_TEXT, REGEX, TextInput::validationRegex,
          ImmutableTextInput.Builder::validationRegex);

  /** {@code TEXTAREA_FIELD}. */
  public static final InputKind<TextareaInput, ImmutableTextareaInput.Builder> TEXTAREA = InputKind.of(
      "TEXTAREA_FIELD", "Multi-line text", TextareaInput.class, TextareaInput::builder,
      ImmutableTextareaInput.Builder::from, ImmutableTextareaInput.Builder::extensions,
      ImmutableTextareaInput.Builder::build)
      .optional("defaultValue", OPTIONAL_TEXT, "Initial value", TextareaInput::defaultValue,
          ImmutableTextareaInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, TextareaInput::placeholder,
          ImmutableTextareaInput.Builder::placeholder)
      .optional("validationRegex", OPTIONAL_TEXT, REGEX, TextareaInput::validationRegex,
          ImmutableTextareaInput.Builder::validationRegex);

  /** {@code SELECT_FIELD}. */
  public static final InputKind<SelectInput, ImmutableSelectInput.Builder> SELECT = InputKind.of("SELECT_FIELD",
      "Pick one option", SelectInput.class, SelectInput::builder, ImmutableSelectInput.Builder::from,
      ImmutableSelectInput.Builder::extensions, ImmutableSelectInput.Builder::build)
      .required("options", TEXTS, OPTIONS, SelectInput::options, ImmutableSelectInput.Builder::options)
      .optional("optionsLabels", OPTIONAL_TEXTS, LABELS, SelectInput::optionsLabels,
          ImmutableSelectInput.Builder::optionsLabels)
      .defaulted("allowAdditionalOptions", FLAG, ADDITIONAL, SelectInput::allowAdditionalOptions,
          ImmutableSelectInput.Builder::allowAdditionalOptions)
      .optional("defaultValue", OPTIONAL_TEXT, "Initial option", SelectInput::defaultValue,
          ImmutableSelectInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, SelectInput::placeholder,
          ImmutableSelectInput.Builder::placeholder);

  /** {@code MULTISELECT_FIELD}. */
  public static final InputKind<MultiSelectInput, ImmutableMultiSelectInput.Builder> MULTI_SELECT = InputKind.of(
      "MULTISELECT_FIELD", "Pick several options", MultiSelectInput.class, MultiSelectInput::builder,
      ImmutableMultiSelectInput.Builder::from, ImmutableMultiSelectInput.Builder::extensions,
      ImmutableMultiSelectInput.Builder::build)
      .required("options", TEXTS, OPTIONS, MultiSelectInput::options, ImmutableMultiSelectInput.Builder::options)
      .optional("optionsLabels", OPTIONAL_TEXTS, LABELS, MultiSelectInput::optionsLabels,
          ImmutableMultiSelectInput.Builder::optionsLabels)
      .defaulted("allowAdditionalOptions", FLAG, ADDITIONAL, MultiSelectInput::allowAdditionalOptions,
          ImmutableMultiSelectInput.Builder::allowAdditionalOptions)
      .optional("defaultValue", OPTIONAL_TEXTS, "Initial options", MultiSelectInput::defaultValue,
          ImmutableMultiSelectInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, MultiSelectInput::placeholder,
          ImmutableMultiSelectInput.Builder::placeholder);

  /** {@code TOGGLE_FIELD}. */
  public static final InputKind<ToggleInput, ImmutableToggleInput.Builder> TOGGLE = InputKind.of("TOGGLE_FIELD",
      "A yes/no switch", ToggleInput.class, ToggleInput::builder, ImmutableToggleInput.Builder::from,
      ImmutableToggleInput.Builder::extensions, ImmutableToggleInput.Builder::build)
      .optional("defaultValue", OPTIONAL_BOOLEAN, "Initial state", ToggleInput::defaultValue,
          ImmutableToggleInput.Builder::defaultValue);

  /** {@code CORTEX_ENTITY_FIELD}. */
  public static final InputKind<EntityInput, ImmutableEntityInput.Builder> ENTITY = InputKind.of(
      "CORTEX_ENTITY_FIELD", "Pick Cortex entities; outputs objects with at least 'tag'", EntityInput.class,
      EntityInput::builder, ImmutableEntityInput.Builder::from, ImmutableEntityInput.Builder::extensions,
      ImmutableEntityInput.Builder::build)
      .required("allowMultiple", FLAG, "Whether several entities may be picked", EntityInput::allowMultiple,
          ImmutableEntityInput.Builder::allowMultiple)
      .required("entityFilter", ENTITY_FILTER, "Which entities are offered", EntityInput::entityFilter,
          ImmutableEntityInput.Builder::entityFilter)
      .defaulted("shouldDisplayOptionsAsHierarchy", FLAG, "Show entities as a hierarchy (default false)",
          EntityInput::shouldDisplayOptionsAsHierarchy, ImmutableEntityInput.Builder::shouldDisplayOptionsAsHierarchy)
      .optional("defaultValue", OPTIONAL_TEXTS, "Initial entity tags", EntityInput::defaultValue,
          ImmutableEntityInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, EntityInput::placeholder,
          ImmutableEntityInput.Builder::placeholder)
      .optional("limitEntitiesToRunnerUserScope", OPTIONAL_BOOLEAN, "Offer only entities the runner owns",
          EntityInput::limitEntitiesToRunnerUserScope, ImmutableEntityInput.Builder::limitEntitiesToRunnerUserScope);

  /** {@code CORTEX_USER_FIELD}. */
  public static final InputKind<UserPickerInput, ImmutableUserPickerInput.Builder> USER_PICKER = InputKind.of(
      "CORTEX_USER_FIELD", "Pick Cortex users", UserPickerInput.class, UserPickerInput::builder,
      ImmutableUserPickerInput.Builder::from, ImmutableUserPickerInput.Builder::extensions,
      ImmutableUserPickerInput.Builder::build)
      .required("allowMultiple", FLAG, "Whether several users may be picked", UserPickerInput::allowMultiple,
          ImmutableUserPickerInput.Builder::allowMultiple)
      .required("filter", USER_FILTER, "Which users are offered", UserPickerInput::filter,
          ImmutableUserPickerInput.Builder::filter)
      .optional("defaultValue", USERS, "Initial users", UserPickerInput::defaultValue,
          ImmutableUserPickerInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, UserPickerInput::placeholder,
          ImmutableUserPickerInput.Builder::placeholder);

  /** {@code SLACK_FIELD}. */
  public static final InputKind<SlackInput, ImmutableSlackInput.Builder> SLACK = InputKind.of("SLACK_FIELD",
      "Pick Slack channels", SlackInput.class, SlackInput::builder, ImmutableSlackInput.Builder::from,
      ImmutableSlackInput.Builder::extensions, ImmutableSlackInput.Builder::build)
      .required("allowMultiple", FLAG, "Whether several channels may be picked", SlackInput::allowMultiple,
          ImmutableSlackInput.Builder::allowMultiple)
      .required("filter", SLACK_FILTER, "Which channels are offered", SlackInput::filter,
          ImmutableSlackInput.Builder::filter)
      .optional("defaultValue", OPTIONAL_TEXTS, "Initial channels", SlackInput::defaultValue,
          ImmutableSlackInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, SlackInput::placeholder,
          ImmutableSlackInput.Builder::placeholder);

  /** {@code SECRET_FIELD}. */
  public static final InputKind<SecretInput, ImmutableSecretInput.Builder> SECRET = InputKind.of("SECRET_FIELD",
      "A secret value, masked", SecretInput.class, SecretInput::builder, ImmutableSecretInput.Builder::from,
      ImmutableSecretInput.Builder::extensions, ImmutableSecretInput.Builder::build)
      .required("disabled", FLAG, READ_ONLY, SecretInput::disabled, ImmutableSecretInput.Builder::disabled)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, SecretInput::placeholder,
          ImmutableSecretInput.Builder::placeholder)
      .optional("validationRegex", OPTIONAL_TEXT, REGEX, SecretInput::validationRegex,
          ImmutableSecretInput.Builder::validationRegex);

  /** {@code NUMBER_FIELD}; its required {@code format} is read only when present and written only when set. */
  public static final InputKind<NumberInput, ImmutableNumberInput.Builder> NUMBER = InputKind.of("NUMBER_FIELD",
      "A number", NumberInput.class, NumberInput::builder, ImmutableNumberInput.Builder::from,
      ImmutableNumberInput.Builder::extensions, ImmutableNumberInput.Builder::build)
      .required("disabled", FLAG, READ_ONLY, NumberInput::disabled, ImmutableNumberInput.Builder::disabled)
      .required("format", NUMBER_FORMAT, "Whole or decimal numbers", NumberInput::format,
          ImmutableNumberInput.Builder::format)
      .optional("min", OPTIONAL_NUMBER, "Smallest allowed value", NumberInput::min, ImmutableNumberInput.Builder::min)
      .optional("max", OPTIONAL_NUMBER, "Largest allowed value", NumberInput::max, ImmutableNumberInput.Builder::max)
      .optional("defaultValue", OPTIONAL_NUMBER, "Initial value", NumberInput::defaultValue,
          ImmutableNumberInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, NumberInput::placeholder,
          ImmutableNumberInput.Builder::placeholder);

  /** {@code DATE_FIELD}; its required {@code format} is read only when present and written only when set. */
  public static final InputKind<DateInput, ImmutableDateInput.Builder> DATE = InputKind.of("DATE_FIELD",
      "A date or date and time", DateInput.class, DateInput::builder, ImmutableDateInput.Builder::from,
      ImmutableDateInput.Builder::extensions, ImmutableDateInput.Builder::build)
      .required("disabled", FLAG, READ_ONLY, DateInput::disabled, ImmutableDateInput.Builder::disabled)
      .required("format", DATE_FORMAT, "Date only, or date and time", DateInput::format,
          ImmutableDateInput.Builder::format)
      .optional("defaultValue", OPTIONAL_TEXT, "Initial value", DateInput::defaultValue,
          ImmutableDateInput.Builder::defaultValue)
      .optional("placeholder", OPTIONAL_TEXT, PLACEHOLDER, DateInput::placeholder,
          ImmutableDateInput.Builder::placeholder);

  /** Every known form field kind, in the OpenAPI's order. */
  public static final List<InputKind<?, ?>> ALL = List.of(TEXT, TEXTAREA, SELECT, MULTI_SELECT, TOGGLE, ENTITY,
      USER_PICKER, SLACK, SECRET, NUMBER, DATE);

  private InputKinds() {}

  /** The row of a discriminator ({@code type}); empty for a kind cortexflow does not know. */
  public static Optional<InputKind<?, ?>> named(String type) {
    for (InputKind<?, ?> k : ALL) {
      if (k.type().equals(type)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The row of a form field; empty for a {@link CustomInput}. */
  public static Optional<InputKind<?, ?>> of(InputField field) {
    for (InputKind<?, ?> k : ALL) {
      if (k.describes(field)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

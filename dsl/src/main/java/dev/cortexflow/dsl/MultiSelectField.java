package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.MultiSelectInput;
import java.util.List;
import java.util.Optional;

/**
 * Several choices from options ({@code type: MULTISELECT_FIELD}). Create it with
 * {@link Inputs#multiSelect(String, String, String...)}.
 */
public final class MultiSelectField extends FieldSpec<MultiSelectField> {

  private final List<String> options;
  private boolean allowAdditionalOptions;
  private Optional<List<String>> optionsLabels = Optional.empty();
  private Optional<List<String>> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();

  MultiSelectField(String key, String name, List<String> options) {
    super(key, name);
    this.options = List.copyOf(options);
  }

  /** Lets the user type values not in the options ({@code allowAdditionalOptions: true}; default {@code false}). */
  public MultiSelectField allowAdditionalOptions() {
    once("allowAdditionalOptions");
    allowAdditionalOptions = true;
    return self();
  }

  /** Sets labels shown for the options, in the same order ({@code optionsLabels}). */
  public MultiSelectField optionsLabels(String... labels) {
    once("optionsLabels");
    optionsLabels = Optional.of(List.of(labels));
    return self();
  }

  /** Sets the initial values ({@code defaultValue}). */
  public MultiSelectField defaultValue(String... values) {
    once("defaultValue");
    defaultValue = Optional.of(List.of(values));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public MultiSelectField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    return MultiSelectInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .options(options).allowAdditionalOptions(allowAdditionalOptions).optionsLabels(optionsLabels)
        .defaultValue(defaultValue).placeholder(placeholder).putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.SelectInput;
import java.util.List;
import java.util.Optional;

/** A single choice from options ({@code type: SELECT_FIELD}). Create it with {@link Inputs#select(String, String, String...)}. */
public final class SelectField extends FieldSpec<SelectField> {

  private final List<String> options;
  private boolean allowAdditionalOptions;
  private Optional<List<String>> optionsLabels = Optional.empty();
  private Optional<String> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();

  SelectField(String key, String name, List<String> options) {
    super(key, name);
    this.options = List.copyOf(options);
  }

  /** Lets the user type a value not in the options ({@code allowAdditionalOptions: true}; default {@code false}). */
  public SelectField allowAdditionalOptions() {
    once("allowAdditionalOptions");
    allowAdditionalOptions = true;
    return self();
  }

  /** Sets labels shown for the options, in the same order ({@code optionsLabels}). */
  public SelectField optionsLabels(String... labels) {
    once("optionsLabels");
    optionsLabels = Optional.of(List.of(labels));
    return self();
  }

  /** Sets the initial value ({@code defaultValue}). */
  public SelectField defaultValue(String value) {
    defaultValue = Optional.of(set("defaultValue", value));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public SelectField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    return SelectInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .options(options).allowAdditionalOptions(allowAdditionalOptions).optionsLabels(optionsLabels)
        .defaultValue(defaultValue).placeholder(placeholder).putAllExtensions(customFields()).build();
  }
}

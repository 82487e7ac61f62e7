package dev.cortexflow.dsl;

import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.InputField;
import java.util.Optional;

/** A single-line text field ({@code type: INPUT_FIELD}). Create it with {@link Inputs#text(String, String)}. */
public final class TextField extends FieldSpec<TextField> {

  private Optional<String> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();
  private Optional<String> validationRegex = Optional.empty();

  TextField(String key, String name) {
    super(key, name);
  }

  /** Sets the initial value ({@code defaultValue}). */
  public TextField defaultValue(String value) {
    defaultValue = Optional.of(set("defaultValue", value));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public TextField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  /** Sets the regular expression the value must match ({@code validationRegex}). */
  public TextField validationRegex(String regex) {
    validationRegex = Optional.of(set("validationRegex", regex));
    return self();
  }

  @Override
  InputField toField() {
    return TextInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .defaultValue(defaultValue).placeholder(placeholder).validationRegex(validationRegex)
        .putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.InputField;
import java.util.Optional;

/** A multi-line text field ({@code type: TEXTAREA_FIELD}). Create it with {@link Inputs#textarea(String, String)}. */
public final class TextareaField extends FieldSpec<TextareaField> {

  private Optional<String> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();
  private Optional<String> validationRegex = Optional.empty();

  TextareaField(String key, String name) {
    super(key, name);
  }

  /** Sets the initial value ({@code defaultValue}). */
  public TextareaField defaultValue(String value) {
    defaultValue = Optional.of(set("defaultValue", value));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public TextareaField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  /** Sets the regular expression the value must match ({@code validationRegex}). */
  public TextareaField validationRegex(String regex) {
    validationRegex = Optional.of(set("validationRegex", regex));
    return self();
  }

  @Override
  InputField toField() {
    return TextareaInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .defaultValue(defaultValue).placeholder(placeholder).validationRegex(validationRegex)
        .putAllExtensions(customFields()).build();
  }
}

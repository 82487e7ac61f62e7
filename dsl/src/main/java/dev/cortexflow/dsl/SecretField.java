package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.SecretInput;
import java.util.Optional;

/** A masked field for a secret value ({@code type: SECRET_FIELD}). Create it with {@link Inputs#secret(String, String)}. */
public final class SecretField extends FieldSpec<SecretField> {

  private boolean disabled;
  private Optional<String> placeholder = Optional.empty();
  private Optional<String> validationRegex = Optional.empty();

  SecretField(String key, String name) {
    super(key, name);
  }

  /** Makes the field read-only ({@code disabled: true}; default {@code false}). */
  public SecretField disabled() {
    once("disabled");
    disabled = true;
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public SecretField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  /** Sets the regular expression the value must match ({@code validationRegex}). */
  public SecretField validationRegex(String regex) {
    validationRegex = Optional.of(set("validationRegex", regex));
    return self();
  }

  @Override
  InputField toField() {
    return SecretInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .disabled(disabled).placeholder(placeholder).validationRegex(validationRegex)
        .putAllExtensions(customFields()).build();
  }
}

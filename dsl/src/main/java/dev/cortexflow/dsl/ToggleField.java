package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.ToggleInput;
import java.util.Optional;

/** An on/off toggle ({@code type: TOGGLE_FIELD}). Create it with {@link Inputs#toggle(String, String)}. */
public final class ToggleField extends FieldSpec<ToggleField> {

  private Optional<Boolean> defaultValue = Optional.empty();

  ToggleField(String key, String name) {
    super(key, name);
  }

  /** Sets the initial value ({@code defaultValue}). */
  public ToggleField defaultValue(boolean value) {
    once("defaultValue");
    defaultValue = Optional.of(value);
    return self();
  }

  @Override
  InputField toField() {
    return ToggleInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .defaultValue(defaultValue).putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.InputField;
import java.util.Optional;

/**
 * A date field ({@code type: DATE_FIELD}, {@code format: DATE} unless {@link #withTime()}). Create it with
 * {@link Inputs#date(String, String)}.
 */
public final class DateField extends FieldSpec<DateField> {

  private boolean disabled;
  private DateFormat format = DateFormat.DATE;
  private Optional<String> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();

  DateField(String key, String name) {
    super(key, name);
  }

  /** Asks for a date and time ({@code format: DATETIME}; default {@code DATE}). */
  public DateField withTime() {
    once("format");
    format = DateFormat.DATETIME;
    return self();
  }

  /** Makes the field read-only ({@code disabled: true}; default {@code false}). */
  public DateField disabled() {
    once("disabled");
    disabled = true;
    return self();
  }

  /** Sets the initial value ({@code defaultValue}), an ISO-8601 date or date-time. */
  public DateField defaultValue(String value) {
    defaultValue = Optional.of(set("defaultValue", value));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public DateField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    return DateInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .disabled(disabled).format(format).defaultValue(defaultValue).placeholder(placeholder)
        .putAllExtensions(customFields()).build();
  }
}

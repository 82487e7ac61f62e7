package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number field ({@code type: NUMBER_FIELD}, {@code format: INTEGER} unless {@link #decimal()}). Create it with
 * {@link Inputs#number(String, String)}.
 */
public final class NumberField extends FieldSpec<NumberField> {

  private boolean disabled;
  private NumberFormat format = NumberFormat.INTEGER;
  private Optional<BigDecimal> min = Optional.empty();
  private Optional<BigDecimal> max = Optional.empty();
  private Optional<BigDecimal> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();

  NumberField(String key, String name) {
    super(key, name);
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
  }

  /** Accepts decimals ({@code format: DECIMAL}; default {@code INTEGER}). */
  public NumberField decimal() {
    once("format");
    format = NumberFormat.DECIMAL;
    return self();
  }

  /** Makes the field read-only ({@code disabled: true}; default {@code false}). */
  public NumberField disabled() {
    once("disabled");
    disabled = true;
    return self();
  }

  /** Sets the smallest value ({@code min}). */
  public NumberField min(Number value) {
    once("min");
    min = Optional.of(decimal(value));
    return self();
  }

  /** Sets the largest value ({@code max}). */
  public NumberField max(Number value) {
    once("max");
    max = Optional.of(decimal(value));
    return self();
  }

  /** Sets the initial value ({@code defaultValue}). */
  public NumberField defaultValue(Number value) {
    once("defaultValue");
    defaultValue = Optional.of(decimal(value));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public NumberField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw new IllegalArgumentException("field '" + key() + "' has min " + min.get() + " above max " + max.get());
    }
    return NumberInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .disabled(disabled).format(format).min(min).max(max).defaultValue(defaultValue).placeholder(placeholder)
        .putAllExtensions(customFields()).build();
  }
}

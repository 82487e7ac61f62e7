package dev.cortexflow.dsl;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.InputField;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A form field of a user-input block (an entry of {@code schema.inputs}): its {@code key} (the name of the value in
 * the block's outputs), label ({@code name}), {@code required} flag and {@code description}. Create one with a
 * factory of {@link Inputs}. Single-use builders, not thread-safe: configure a field before passing it to a form;
 * once it is in a form, every setter throws {@link IllegalStateException}. Setting a scalar twice throws
 * {@link IllegalStateException}.
 *
 * @param <S> the concrete field type, returned by the fluent setters
 */
public abstract class FieldSpec<S extends FieldSpec<S>> {

  private final String key;
  private final String name;
  private boolean required;
  private Optional<String> description = Optional.empty();
  private final Map<String, JsonValue> customFields = new LinkedHashMap<>();
  private final Set<String> assigned = new HashSet<>();
  // the slug of the block whose form holds this field, once added
  private String addedTo;

  FieldSpec(String key, String name) {
    this.key = Objects.requireNonNull(key, "key");
    this.name = Objects.requireNonNull(name, "name");
    if (key.isBlank()) {
      throw new IllegalArgumentException("field key is blank: give the name of the value in the outputs");
    }
  }

  /** The field key ({@code key}). */
  public final String key() {
    return key;
  }

  /** Makes a value required ({@code required: true}; default {@code false}). */
  public final S required() {
    once("required");
    required = true;
    return self();
  }

  /** Sets the help text ({@code description}). */
  public final S description(String text) {
    description = Optional.of(set("description", text));
    return self();
  }

  /** Sets a key of the field that the typed setters do not cover (plain Java data or a {@link JsonValue}). */
  public final S customField(String fieldKey, Object value) {
    Objects.requireNonNull(fieldKey, "key");
    self();
    if (customFields.putIfAbsent(fieldKey, JsonValue.from(value)) != null) {
      throw new IllegalStateException("custom field '" + fieldKey + "' of field '" + key + "' is already set");
    }
    return self();
  }

  /** This field, for the fluent setters; throws once the field is in a form, whose field would not change. */
  @SuppressWarnings("unchecked")
  final S self() {
    if (addedTo != null) {
      throw new IllegalStateException("field '" + key + "' is already in the form of block '" + addedTo
          + "': configure a field before passing it to fields(...)");
    }
    return (S) this;
  }

  /** Reads the model field as the field joins the form of block {@code blockSlug}; no setter is accepted after. */
  final InputField addTo(String blockSlug) {
    InputField field = toField();
    addedTo = blockSlug;
    return field;
  }

  final void once(String setting) {
    self();
    if (!assigned.add(setting)) {
      throw new IllegalStateException(setting + " of field '" + key + "' is already set");
    }
  }

  final String set(String setting, CharSequence value) {
    Objects.requireNonNull(value, setting);
    once(setting);
    return value.toString();
  }

  final String name() {
    return name;
  }

  final boolean isRequired() {
    return required;
  }

  final Optional<String> descriptionText() {
    return description;
  }

  final Map<String, JsonValue> customFields() {
    return customFields;
  }

  /** Builds the model field. */
  abstract InputField toField();
}

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
 * factory of {@link Inputs}. Single-use builders, not thread-safe; setting a scalar twice throws
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
    if (customFields.putIfAbsent(fieldKey, JsonData.of(value)) != null) {
      throw new IllegalStateException("custom field '" + fieldKey + "' of field '" + key + "' is already set");
    }
    return self();
  }

  @SuppressWarnings("unchecked")
  final S self() {
    return (S) this;
  }

  final void once(String setting) {
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

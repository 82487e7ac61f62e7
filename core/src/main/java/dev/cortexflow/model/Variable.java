package dev.cortexflow.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A workflow variable (an entry of {@code variables}), read as {@code variables.<slug>}. */
@Value.Immutable
public interface Variable extends Extensible {

  /** The name ({@code slug}): lowercase letters, digits and hyphens. */
  String slug();

  /** The value type ({@code type}). */
  VariableType type();

  /** The initial value ({@code defaultValue}); absent means {@code null} until set. */
  Optional<JsonValue> defaultValue();

  /** Text explaining the variable ({@code description}). */
  Optional<String> description();

  /** Returns a variable with a slug and a type. */
  static Variable of(String slug, VariableType type) {
    return builder().slug(slug).type(type).build();
  }

  /** Returns a new builder. */
  static ImmutableVariable.Builder builder() {
    return ImmutableVariable.builder();
  }
}

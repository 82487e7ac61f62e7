package dev.cortexflow.codegen.internal;

import java.util.Locale;
import java.util.Optional;

/** The type of an integration action input in the catalogue. */
public enum InputType {
  /** A string; may hold Mustache templates. */
  STRING,
  /** A JSON boolean. */
  BOOLEAN,
  /** A JSON integer. */
  INTEGER,
  /** A string from a known set of constants. */
  ENUM;

  /** The catalogue spelling, such as {@code string}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<InputType> parse(String spelling) {
    for (InputType type : values()) {
      if (type.spelling().equals(spelling)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

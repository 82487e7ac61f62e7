package dev.cortexflow.codegen.internal;

import java.util.List;
import java.util.Optional;

/**
 * One input of a catalogued action.
 *
 * @param key the key under {@code inputs}, as Cortex spells it ({@code new_branch})
 * @param type the value type
 * @param values the known constants of an {@link InputType#ENUM}, otherwise empty
 * @param description what the input means, if the catalogue says
 * @param required whether the binding's {@code build()} fails without it
 */
public record CatalogueInput(String key, InputType type, List<String> values, Optional<String> description,
    boolean required) {

  /** Copies the constants. */
  public CatalogueInput {
    values = List.copyOf(values);
  }
}

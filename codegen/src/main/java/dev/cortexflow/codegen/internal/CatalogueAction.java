package dev.cortexflow.codegen.internal;

import java.util.List;
import java.util.Optional;

/**
 * One catalogued integration action, such as {@code github.createBranch}.
 *
 * @param namespace the part before the dot ({@code github})
 * @param operation the part after the dot ({@code createBranch})
 * @param description what the action does
 * @param inputs the known inputs, in catalogue order
 */
public record CatalogueAction(String namespace, String operation, String description, List<CatalogueInput> inputs) {

  /** Copies the inputs. */
  public CatalogueAction {
    inputs = List.copyOf(inputs);
  }

  /** The {@code actionIdentifier}, {@code <namespace>.<operation>}. */
  public String identifier() {
    return namespace + "." + operation;
  }

  /** Returns the catalogued input with the given key, if any. */
  public Optional<CatalogueInput> input(String key) {
    return inputs.stream().filter(i -> i.key().equals(key)).findFirst();
  }
}

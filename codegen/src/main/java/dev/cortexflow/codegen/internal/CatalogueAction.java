package dev.cortexflow.codegen.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalogued integration action, such as {@code github.createBranch}.
 *
 * @param namespace the part before the dot ({@code github})
 * @param operation the part after the dot ({@code createBranch})
 * @param description what the action does
 * @param inputs the known inputs, in catalogue order
 * @param outputs the known output keys ({@code actions.<slug>.outputs.<key>}) and what each holds, in catalogue
 *     order
 */
public record CatalogueAction(String namespace, String operation, String description, List<CatalogueInput> inputs,
    Map<String, String> outputs) {

  /** Copies the inputs and outputs. */
  public CatalogueAction {
    inputs = List.copyOf(inputs);
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  /** The inputs {@code build()} insists on, in catalogue order. */
  public List<CatalogueInput> requiredInputs() {
    return inputs.stream().filter(CatalogueInput::required).toList();
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

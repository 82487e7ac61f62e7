package dev.cortexflow.dsl;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.BlockSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code ADVANCED_HTTP_REQUEST} block: a catalogue-driven Cortex or integration action such as
 * {@code github.createBranch} or {@code cortex.createOrUpdateEntity}. Create it with
 * {@link Blocks#integrationAction(String, String, String)}.
 */
public final class IntegrationActionBlock extends BlockSpec<IntegrationActionBlock> {

  private final String actionIdentifier;
  private final Map<String, JsonValue> inputs = new LinkedHashMap<>();
  private Optional<String> integrationAlias = Optional.empty();

  IntegrationActionBlock(String slug, String name, String actionIdentifier) {
    super(slug, name);
    this.actionIdentifier = Objects.requireNonNull(actionIdentifier, "actionIdentifier");
  }

  /**
   * Sets one input of the action ({@code inputs.<key>}): text and templates are written as strings, other values
   * (Boolean, Number, List, Map, {@link JsonValue}) as JSON.
   *
   * @throws IllegalStateException when the input is already set
   */
  public IntegrationActionBlock input(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    JsonValue json = JsonValue.from(value);
    if (inputs.putIfAbsent(key, json) != null) {
      throw new IllegalStateException("input '" + key + "' of block '" + slug() + "' is already set");
    }
    return self();
  }

  /** Sets the integration configuration alias ({@code integrationAlias}); absent means the default one. */
  public IntegrationActionBlock integrationAlias(String alias) {
    integrationAlias = Optional.of(set("integrationAlias", alias));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return AdvancedHttpRequest.builder().actionIdentifier(actionIdentifier).inputs(inputs)
        .integrationAlias(integrationAlias).putAllExtensions(customFields()).build();
  }
}

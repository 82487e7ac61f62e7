package dev.cortexflow.model.block;

import dev.cortexflow.model.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A catalogue-driven Cortex or integration action, such as {@code github.createBranch} or {@code cortex.createOrUpdateEntity}. Descriptor {@code type: ADVANCED_HTTP_REQUEST}. */
@Value.Immutable
public non-sealed interface AdvancedHttpRequest extends BlockSchema {

  /** Returns {@code ADVANCED_HTTP_REQUEST}. */
  @Override
  default String type() {
    return "ADVANCED_HTTP_REQUEST";
  }

  /** The action ({@code actionIdentifier}), {@code <namespace>.<operation>}. */
  String actionIdentifier();

  /** The action's inputs ({@code inputs}); values are usually Mustache strings. */
  Map<String, JsonValue> inputs();

  /** Integration configuration alias ({@code integrationAlias}); absent means the default one. */
  Optional<String> integrationAlias();

  /** Returns a new builder. */
  static ImmutableAdvancedHttpRequest.Builder builder() {
    return ImmutableAdvancedHttpRequest.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#advancedHttpRequest advancedHttpRequest} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.advancedHttpRequest(this);
  }
}

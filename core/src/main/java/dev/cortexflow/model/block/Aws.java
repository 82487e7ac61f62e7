package dev.cortexflow.model.block;

import dev.cortexflow.model.JsonValue;
import java.util.Map;
import org.immutables.value.Value;

/** Runs an AWS action. Descriptor {@code type: AWS}. */
@Value.Immutable
public non-sealed interface Aws extends BlockSchema {

  /** Returns {@code AWS}. */
  @Override
  default String type() {
    return "AWS";
  }

  /** AWS account id ({@code accountId}). */
  String accountId();

  /** AWS region ({@code region}). */
  String region();

  /** The action ({@code actionIdentifier}). */
  String actionIdentifier();

  /** The action's inputs ({@code inputs}). */
  Map<String, JsonValue> inputs();

  /** Returns a new builder. */
  static ImmutableAws.Builder builder() {
    return ImmutableAws.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#aws aws} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.aws(this);
  }
}

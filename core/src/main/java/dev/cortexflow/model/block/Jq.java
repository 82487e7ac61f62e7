package dev.cortexflow.model.block;

import org.immutables.value.Value;

/** A data transformation: a jq program over the run state; the result is at {@code actions.<slug>.outputs.result}. Descriptor {@code type: JQ}. */
@Value.Immutable
public non-sealed interface Jq extends BlockSchema {

  /** Returns {@code JQ}. */
  @Override
  default String type() {
    return "JQ";
  }

  /** The jq program ({@code expression}); hyphenated keys must be quoted. */
  String expression();

  /** Returns a JQ block running the given expression. */
  static Jq of(String expression) {
    return ImmutableJq.builder().expression(expression).build();
  }

  /** Returns a new builder. */
  static ImmutableJq.Builder builder() {
    return ImmutableJq.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#jq jq} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.jq(this);
  }
}

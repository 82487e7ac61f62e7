package dev.cortexflow.model.block;

import org.immutables.value.Value;

/** Posts a Slack message. Descriptor {@code type: SLACK}. */
@Value.Immutable
public non-sealed interface Slack extends BlockSchema {

  /** Returns {@code SLACK}. */
  @Override
  default String type() {
    return "SLACK";
  }

  /** Channel name without {@code #} ({@code channel}). */
  String channel();

  /** Message text ({@code message}); Mustache allowed. */
  String message();

  /** Returns a new builder. */
  static ImmutableSlack.Builder builder() {
    return ImmutableSlack.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#slack slack} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.slack(this);
  }
}

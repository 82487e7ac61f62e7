package dev.cortexflow.model.block;

import org.immutables.value.Value;

/**
 * A block of a type cortexflow does not know (Cortex added it after this release): the type is kept, and every
 * other key of {@code schema} is in {@link #extensions()}, written back as read.
 */
@Value.Immutable
public non-sealed interface CustomBlock extends BlockSchema {

  @Override
  String type();

  /** Returns a new builder. */
  static ImmutableCustomBlock.Builder builder() {
    return ImmutableCustomBlock.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#customBlock customBlock} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.customBlock(this);
  }
}

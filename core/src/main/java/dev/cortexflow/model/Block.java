package dev.cortexflow.model;

import dev.cortexflow.model.block.BlockSchema;
import java.util.List;
import org.immutables.value.Value;

/**
 * One block of a workflow (an entry of {@code actions}): its name, slug, type-specific {@code schema} and the
 * slugs of the blocks that run after it.
 */
@Value.Immutable
public interface Block extends Extensible {

  /** Display name ({@code name}). */
  String name();

  /** Block id, unique in the workflow ({@code slug}); referenced as {@code actions.<slug>.outputs…}. */
  String slug();

  /** The type-specific configuration ({@code schema}; its {@code type} is the block type). */
  BlockSchema schema();

  /** Slugs of the blocks that run after this one ({@code outgoingActions}, default empty: end of path). */
  List<String> outgoingActions();

  /** Whether this is the start block ({@code isRootAction}, default {@code false}). */
  @Value.Default
  default boolean isRootAction() {
    return false;
  }

  /** Returns a new builder. */
  static ImmutableBlock.Builder builder() {
    return ImmutableBlock.builder();
  }

  /** Returns a builder initialised from this block. */
  default ImmutableBlock.Builder toBuilder() {
    return ImmutableBlock.builder().from(this);
  }
}

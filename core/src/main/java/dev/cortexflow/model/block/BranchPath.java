package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/** A conditional path of a branch block (an entry of {@code schema.branches}). */
@Value.Immutable
public interface BranchPath extends Extensible {

  /** Display name ({@code name}). */
  String name();

  /** Path id ({@code slug}). */
  String slug();

  /** Boolean CEL expression; the path is taken when it is true ({@code expression}). */
  String expression();

  /** Slug of the path's first block ({@code outgoingAction}). */
  Optional<String> outgoingAction();

  /** Item type ({@code type}); real exports write {@code CONDITIONAL}. */
  Optional<String> type();

  /** Returns a new builder. */
  static ImmutableBranchPath.Builder builder() {
    return ImmutableBranchPath.builder();
  }
}

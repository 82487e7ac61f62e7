package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/** The path a branch takes when no condition holds ({@code schema.fallbackBranch}). */
@Value.Immutable
public interface FallbackPath extends Extensible {

  /** Display name ({@code name}). */
  String name();

  /** Path id ({@code slug}). */
  String slug();

  /** Slug of the path's first block ({@code outgoingAction}). */
  Optional<String> outgoingAction();

  /** Item type ({@code type}); real exports write {@code FALLBACK}. */
  Optional<String> type();

  /** Returns a new builder. */
  static ImmutableFallbackPath.Builder builder() {
    return ImmutableFallbackPath.builder();
  }
}

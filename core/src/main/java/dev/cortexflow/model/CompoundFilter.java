package dev.cortexflow.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The entities an entity-scoped workflow applies to ({@code filter.entityFilter}). */
@Value.Immutable
public interface CompoundFilter extends Extensible {

  /** Entity types to include ({@code typeFilter}). */
  Optional<TypeFilter> typeFilter();

  /** Entity groups to include and exclude ({@code entityGroupFilter}). */
  Optional<EntityGroupFilter> entityGroupFilter();

  /** Returns a new builder. */
  static ImmutableCompoundFilter.Builder builder() {
    return ImmutableCompoundFilter.builder();
  }
}

package dev.cortexflow.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code filter: {type: ENTITY, ...}}: the workflow runs on one entity chosen by the runner;
 * {@code context.entity} is set.
 */
@Value.Immutable
public non-sealed interface EntityFilter extends Filter {

  @Override
  default String type() {
    return "ENTITY";
  }

  /** Who may run it on an entity ({@code ownershipScope}, default {@code ALL}). */
  @Value.Default
  default OwnershipScope ownershipScope() {
    return OwnershipScope.ALL;
  }

  /** Which entities it applies to ({@code entityFilter}); absent means all. */
  Optional<CompoundFilter> entityFilter();

  /** Returns a new builder. */
  static ImmutableEntityFilter.Builder builder() {
    return ImmutableEntityFilter.builder();
  }
}

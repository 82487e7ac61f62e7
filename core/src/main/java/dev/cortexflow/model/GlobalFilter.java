package dev.cortexflow.model;

import org.immutables.value.Value;

/** {@code filter: {type: GLOBAL}}: the workflow runs without an entity; {@code context.entity} is absent. */
@Value.Immutable
public non-sealed interface GlobalFilter extends Filter {

  @Override
  default String type() {
    return "GLOBAL";
  }

  /** Returns the global filter. */
  static GlobalFilter of() {
    return ImmutableGlobalFilter.builder().build();
  }
}

package dev.cortexflow.model;

import org.immutables.value.Value;

/** A filter of a type cortexflow does not know; its fields are kept in {@link #extensions()}. */
@Value.Immutable
public non-sealed interface CustomFilter extends Filter {

  @Override
  String type();

  /** Returns a custom filter with no fields. */
  static CustomFilter of(String type) {
    return ImmutableCustomFilter.builder().type(type).build();
  }
}

package dev.cortexflow.model;

import java.util.List;
import org.immutables.value.Value;

/** Entity type tags to include ({@code typeFilter.types}). */
@Value.Immutable
public interface TypeFilter extends Extensible {

  /** The entity type tags ({@code types}), such as {@code service}. */
  List<String> types();

  /** Returns a type filter for the given entity types. */
  static TypeFilter of(Iterable<String> types) {
    return ImmutableTypeFilter.builder().addAllTypes(types).build();
  }
}

package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;
import org.immutables.value.Value;

/** One assignment of a SET_VARIABLES block (an entry of {@code schema.variables}). */
@Value.Immutable
public interface VariableAssignment extends Extensible {

  /** The variable to set ({@code slug}). */
  String slug();

  /** Where the value comes from ({@code source}). */
  VariableSource source();

  /** Returns an assignment. */
  static VariableAssignment of(String slug, VariableSource source) {
    return ImmutableVariableAssignment.builder().slug(slug).source(source).build();
  }
}

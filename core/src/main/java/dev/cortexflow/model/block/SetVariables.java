package dev.cortexflow.model.block;

import java.util.List;
import org.immutables.value.Value;

/** Sets workflow variables from state paths or JavaScript. Descriptor {@code type: SET_VARIABLES}. */
@Value.Immutable
public non-sealed interface SetVariables extends BlockSchema {

  /** Returns {@code SET_VARIABLES}. */
  @Override
  default String type() {
    return "SET_VARIABLES";
  }

  /** The assignments ({@code variables}). */
  List<VariableAssignment> variables();

  /** Returns a new builder. */
  static ImmutableSetVariables.Builder builder() {
    return ImmutableSetVariables.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#setVariables setVariables} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.setVariables(this);
  }
}

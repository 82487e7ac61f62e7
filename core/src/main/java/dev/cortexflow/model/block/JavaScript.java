package dev.cortexflow.model.block;

import org.immutables.value.Value;

/** Runs JavaScript over the run state; the returned object's keys are at {@code actions.<slug>.outputs.<key>}. Descriptor {@code type: JAVASCRIPT}. */
@Value.Immutable
public non-sealed interface JavaScript extends BlockSchema {

  /** Returns {@code JAVASCRIPT}. */
  @Override
  default String type() {
    return "JAVASCRIPT";
  }

  /** The script ({@code script}). */
  String script();

  /** Returns a new builder. */
  static ImmutableJavaScript.Builder builder() {
    return ImmutableJavaScript.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#javaScript javaScript} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.javaScript(this);
  }
}

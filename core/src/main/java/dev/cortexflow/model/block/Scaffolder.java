package dev.cortexflow.model.block;

import dev.cortexflow.model.input.InputOverride;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Runs a registered Scaffolder template. Descriptor {@code type: SCAFFOLDER}. */
@Value.Immutable
public non-sealed interface Scaffolder extends BlockSchema {

  /** Returns {@code SCAFFOLDER}. */
  @Override
  default String type() {
    return "SCAFFOLDER";
  }

  /** The template id ({@code scaffolderTemplateId}). */
  String scaffolderTemplateId();

  /** Values of the template's inputs ({@code inputOverrides}, default empty). */
  List<InputOverride> inputOverrides();

  /** Whether to create a repository ({@code createNewRepository}); Cortex's default is {@code true}. */
  Optional<Boolean> createNewRepository();

  /** Whether to create the Cortex entity ({@code createService}). */
  Optional<Boolean> createService();

  /** Returns a new builder. */
  static ImmutableScaffolder.Builder builder() {
    return ImmutableScaffolder.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#scaffolder scaffolder} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.scaffolder(this);
  }
}

package dev.cortexflow.model.block;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A branch: takes the first path whose expression is true, else the fallback; paths may re-join at {@code joiningAction}. Descriptor {@code type: CONDITIONAL_BRANCH}. */
@Value.Immutable
public non-sealed interface ConditionalBranch extends BlockSchema {

  /** Returns {@code CONDITIONAL_BRANCH}. */
  @Override
  default String type() {
    return "CONDITIONAL_BRANCH";
  }

  /** Conditional paths in evaluation order ({@code branches}). */
  List<BranchPath> branches();

  /** Path taken when no condition holds ({@code fallbackBranch}). */
  Optional<FallbackPath> fallbackBranch();

  /** Slug of the block where the paths converge ({@code joiningAction}). */
  Optional<String> joiningAction();

  /** Returns a new builder. */
  static ImmutableConditionalBranch.Builder builder() {
    return ImmutableConditionalBranch.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#conditionalBranch conditionalBranch} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.conditionalBranch(this);
  }
}

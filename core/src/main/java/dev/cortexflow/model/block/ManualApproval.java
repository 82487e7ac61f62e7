package dev.cortexflow.model.block;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Pauses until a member of one of the approving teams approves. Descriptor {@code type: MANUAL_APPROVAL}. */
@Value.Immutable
public non-sealed interface ManualApproval extends BlockSchema {

  /** Returns {@code MANUAL_APPROVAL}. */
  @Override
  default String type() {
    return "MANUAL_APPROVAL";
  }

  /** Ids of the teams whose members may approve ({@code approvingTeamIds}). */
  List<String> approvingTeamIds();

  /** Text shown to approvers ({@code approverDescription}). */
  Optional<String> approverDescription();

  /** Returns a new builder. */
  static ImmutableManualApproval.Builder builder() {
    return ImmutableManualApproval.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#manualApproval manualApproval} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.manualApproval(this);
  }
}

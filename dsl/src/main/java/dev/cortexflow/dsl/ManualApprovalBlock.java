package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.ManualApproval;
import java.util.List;
import java.util.Optional;

/**
 * A {@code MANUAL_APPROVAL} block: pauses until a member of an approving team approves. Create it with
 * {@link Blocks#manualApproval(String, String, String...)}.
 */
public final class ManualApprovalBlock extends BlockSpec<ManualApprovalBlock> {

  private final List<String> teamIds;
  private Optional<String> approverDescription = Optional.empty();

  ManualApprovalBlock(String slug, String name, List<String> teamIds) {
    super(slug, name);
    if (teamIds.isEmpty()) {
      throw new IllegalArgumentException("block '" + slug + "' has no approving team: give at least one team id");
    }
    this.teamIds = List.copyOf(teamIds);
  }

  /** Sets the text shown to approvers ({@code approverDescription}). */
  public ManualApprovalBlock approverDescription(CharSequence text) {
    approverDescription = Optional.of(set("approverDescription", text));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return ManualApproval.builder().approvingTeamIds(teamIds).approverDescription(approverDescription)
        .putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.MsTeamsSendMessage;
import java.util.Objects;

/**
 * An {@code MS_TEAMS_SEND_MESSAGE} block: posts a Microsoft Teams message. Create it with
 * {@link Blocks#msTeams(String, String, String, String, CharSequence)}.
 */
public final class MsTeamsBlock extends BlockSpec<MsTeamsBlock> {

  private final String teamId;
  private final String channelId;
  private final String message;

  MsTeamsBlock(String slug, String name, String teamId, String channelId, CharSequence message) {
    super(slug, name);
    this.teamId = Objects.requireNonNull(teamId, "teamId");
    this.channelId = Objects.requireNonNull(channelId, "channelId");
    this.message = Objects.requireNonNull(message, "message").toString();
  }

  @Override
  BlockSchema toSchema() {
    return MsTeamsSendMessage.builder().teamId(teamId).channelId(channelId).message(message)
        .putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.model.block;

import org.immutables.value.Value;

/** Posts a Microsoft Teams message. Descriptor {@code type: MS_TEAMS_SEND_MESSAGE}. */
@Value.Immutable
public non-sealed interface MsTeamsSendMessage extends BlockSchema {

  /** Returns {@code MS_TEAMS_SEND_MESSAGE}. */
  @Override
  default String type() {
    return "MS_TEAMS_SEND_MESSAGE";
  }

  /** Team id ({@code teamId}). */
  String teamId();

  /** Channel id ({@code channelId}). */
  String channelId();

  /** Message text ({@code message}). */
  String message();

  /** Returns a new builder. */
  static ImmutableMsTeamsSendMessage.Builder builder() {
    return ImmutableMsTeamsSendMessage.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#msTeamsSendMessage msTeamsSendMessage} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.msTeamsSendMessage(this);
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.Slack;
import java.util.Objects;

/** A {@code SLACK} block: posts a message. Create it with {@link Blocks#slack(String, String, String, CharSequence)}. */
public final class SlackBlock extends BlockSpec<SlackBlock> {

  private final String channel;
  private final String message;

  SlackBlock(String slug, String name, String channel, CharSequence message) {
    super(slug, name);
    Objects.requireNonNull(channel, "channel");
    if (channel.startsWith("#")) {
      throw new IllegalArgumentException("channel '" + channel + "' of block '" + slug + "' is not valid: drop the '#'");
    }
    this.channel = channel;
    this.message = Objects.requireNonNull(message, "message").toString();
  }

  @Override
  BlockSchema toSchema() {
    return Slack.builder().channel(channel).message(message).putAllExtensions(customFields()).build();
  }
}

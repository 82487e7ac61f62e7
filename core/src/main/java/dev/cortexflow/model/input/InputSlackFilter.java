package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import java.util.List;
import org.immutables.value.Value;

/** Which Slack channels a Slack field offers ({@code filter.channels}). */
@Value.Immutable
public interface InputSlackFilter extends Extensible {

  /** Channel names ({@code channels}). */
  List<String> channels();

  /** Returns a filter for the given channels. */
  static InputSlackFilter of(Iterable<String> channels) {
    return ImmutableInputSlackFilter.builder().addAllChannels(channels).build();
  }
}

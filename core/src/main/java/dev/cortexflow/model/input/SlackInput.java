package dev.cortexflow.model.input;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A picker of Slack channels. Descriptor {@code type: SLACK_FIELD}. */
@Value.Immutable
public non-sealed interface SlackInput extends InputField {

  /** Returns {@code SLACK_FIELD}. */
  @Override
  default String type() {
    return "SLACK_FIELD";
  }

  /** Whether several channels may be chosen ({@code allowMultiple}, default {@code false}). */
  @Value.Default
  default boolean allowMultiple() {
    return false;
  }

  /** Which channels are offered ({@code filter}); written with empty {@code channels} when absent. */
  Optional<InputSlackFilter> filter();

  /** Initial channels ({@code defaultValue}). */
  Optional<List<String>> defaultValue();

  /** Placeholder ({@code placeholder}). */
  Optional<String> placeholder();

  /** Returns a new builder. */
  static ImmutableSlackInput.Builder builder() {
    return ImmutableSlackInput.builder();
  }

  /** Calls the visitor's {@link InputField.Visitor#slackInput slackInput} with this field. */
  @Override
  default <R> R accept(InputField.Visitor<R> visitor) {
    return visitor.slackInput(this);
  }
}

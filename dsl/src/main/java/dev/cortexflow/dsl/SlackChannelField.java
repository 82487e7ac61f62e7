package dev.cortexflow.dsl;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.SlackInput;
import java.util.List;
import java.util.Optional;

/** A picker of Slack channels ({@code type: SLACK_FIELD}). Create it with {@link Inputs#slackChannel(String, String)}. */
public final class SlackChannelField extends FieldSpec<SlackChannelField> {

  private boolean allowMultiple;
  private Optional<InputSlackFilter> filter = Optional.empty();
  private Optional<List<String>> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();

  SlackChannelField(String key, String name) {
    super(key, name);
  }

  /** Lets several channels be chosen ({@code allowMultiple: true}; default {@code false}). */
  public SlackChannelField allowMultiple() {
    once("allowMultiple");
    allowMultiple = true;
    return self();
  }

  /** Offers only these channels ({@code filter.channels}). */
  public SlackChannelField channels(String... channels) {
    once("filter.channels");
    filter = Optional.of(InputSlackFilter.of(List.of(channels)));
    return self();
  }

  /** Sets the initially chosen channels ({@code defaultValue}). */
  public SlackChannelField defaultValue(String... channels) {
    once("defaultValue");
    defaultValue = Optional.of(List.of(channels));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public SlackChannelField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    return SlackInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .allowMultiple(allowMultiple).filter(filter).defaultValue(defaultValue).placeholder(placeholder)
        .putAllExtensions(customFields()).build();
  }
}

package dev.cortexflow.dsl;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An {@code AWS} block: runs an AWS action. Create it with {@link Blocks#aws(String, String, String, String, String)}. */
public final class AwsBlock extends BlockSpec<AwsBlock> {

  private final String accountId;
  private final String region;
  private final String actionIdentifier;
  private final Map<String, JsonValue> inputs = new LinkedHashMap<>();

  AwsBlock(String slug, String name, String accountId, String region, String actionIdentifier) {
    super(slug, name);
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.region = Objects.requireNonNull(region, "region");
    this.actionIdentifier = Objects.requireNonNull(actionIdentifier, "actionIdentifier");
  }

  /**
   * Sets one input of the action ({@code inputs.<key>}): text and templates as strings, other values as JSON.
   *
   * @throws IllegalStateException when the input is already set
   */
  public AwsBlock input(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    JsonValue json = JsonValue.from(value);
    if (inputs.putIfAbsent(key, json) != null) {
      throw new IllegalStateException("input '" + key + "' of block '" + slug() + "' is already set");
    }
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return Aws.builder().accountId(accountId).region(region).actionIdentifier(actionIdentifier).inputs(inputs)
        .putAllExtensions(customFields()).build();
  }
}

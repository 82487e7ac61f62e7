package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.Jq;
import java.util.Objects;

/**
 * A {@code JQ} (data transformation) block: a jq program over the run state; the result is at
 * {@code actions.<slug>.outputs.result}. Create it with {@link Blocks#jq(String, String, CharSequence)}.
 */
public final class JqBlock extends BlockSpec<JqBlock> {

  private final String expression;

  JqBlock(String slug, String name, CharSequence expression) {
    super(slug, name);
    this.expression = Objects.requireNonNull(expression, "expression").toString();
  }

  @Override
  BlockSchema toSchema() {
    return Jq.builder().expression(expression).putAllExtensions(customFields()).build();
  }
}

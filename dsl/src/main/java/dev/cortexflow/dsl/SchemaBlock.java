package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import java.util.Objects;

/**
 * A block given as a ready-made model {@link BlockSchema}: the escape hatch for
 * {@link dev.cortexflow.model.block.CustomBlock} (types Cortex adds later), generated integration bindings and
 * anything the typed factories lack. Create it with {@link Blocks#block(String, String, BlockSchema)}; put extra
 * keys in the schema's own {@code extensions}.
 */
public final class SchemaBlock extends BlockSpec<SchemaBlock> {

  private final BlockSchema schema;

  SchemaBlock(String slug, String name, BlockSchema schema) {
    super(slug, name);
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  @Override
  BlockSchema toSchema() {
    if (!customFields().isEmpty()) {
      throw new IllegalStateException("block '" + slug() + "' is given as a ready-made schema: put custom fields in"
          + " the schema's extensions");
    }
    return schema;
  }
}

package dev.cortexflow.yaml.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.ImmutableCustomBlock;
import dev.cortexflow.validate.ViolationCode;
import java.util.Optional;

/**
 * Maps one entry of {@code actions} (name, slug, schema, outgoingActions, isRootAction) and dispatches its
 * {@code schema} on {@code schema.type} to the mapper of that block family.
 */
final class BlockMapper {
  private BlockMapper() {}

  static Block read(Fields item, int index) {
    String slug = item.string("slug", Need.REQUIRED);
    Fields f = item.named(slug.isEmpty() ? "block actions[" + index + "]"
        : "block '" + slug + "' (actions[" + index + "])");
    ImmutableBlock.Builder b = Block.builder().slug(slug).name(f.string("name", Need.REQUIRED));
    Optional<Fields> schema = f.object("schema", Need.REQUIRED, f.where());
    b.schema(schema.map(BlockMapper::readSchema).orElseGet(() -> ImmutableCustomBlock.builder().type("").build()));
    b.outgoingActions(f.strings("outgoingActions", Need.REQUIRED));
    f.optBool("isRootAction", Need.REQUIRED).ifPresent(b::isRootAction);
    return b.extensions(f.extensions()).build();
  }

  private static BlockSchema readSchema(Fields s) {
    String type = s.string("type", Need.REQUIRED);
    Optional<BlockSchema> known = HttpBlocks.read(type, s)
        .or(() -> IntegrationBlocks.read(type, s))
        .or(() -> FlowBlocks.read(type, s));
    if (known.isPresent()) {
      return known.get();
    }
    if (!type.isEmpty()) {
      s.issues().warning(ViolationCode.UNKNOWN_TYPE, s.pointer("type"), s.where() + ": unknown block type '" + type
          + "'; kept as is (known types: " + String.join(", ", Vocabularies.BLOCK_TYPES) + ")");
    }
    return ImmutableCustomBlock.builder().type(type).extensions(s.extensions()).build();
  }

  static JsonValue write(Block block) {
    return Out.object()
        .put("name", block.name())
        .put("slug", block.slug())
        .put("schema", writeSchema(block.schema()))
        .strings("outgoingActions", block.outgoingActions())
        .put("isRootAction", block.isRootAction())
        .extensions(block.extensions())
        .build();
  }

  static JsonValue writeSchema(BlockSchema schema) {
    Out out = Out.object().put("type", schema.type());
    if (!(schema instanceof CustomBlock)
        && !HttpBlocks.write(schema, out) && !IntegrationBlocks.write(schema, out) && !FlowBlocks.write(schema, out)) {
      throw new IllegalStateException("no writer for block type " + schema.type());
    }
    return out.extensions(schema.extensions()).build();
  }
}

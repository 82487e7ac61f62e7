package dev.cortexflow.codec.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.ImmutableCustomBlock;
import java.util.Optional;

/**
 * Maps one entry of {@code actions} (name, slug, schema, outgoingActions, isRootAction) and its {@code schema} by
 * the row of {@code schema.type} in the descriptor table ({@link BlockTypes}); unknown types are kept as they are.
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
    Optional<BlockType<?, ?>> known = BlockTypes.named(type);
    if (known.isPresent()) {
      return read(known.get(), s);
    }
    if (!type.isEmpty()) {
      s.issues().unknownType(s.pointer("type"), s.where() + ": unknown block type '" + type
          + "'; kept as is (known types: " + String.join(", ", BlockTypes.ALL.stream().map(BlockType::type).toList()) + ")");
    }
    return ImmutableCustomBlock.builder().type(type).extensions(s.extensions()).build();
  }

  private static <S extends BlockSchema, B> S read(BlockType<S, B> type, Fields s) {
    B builder = type.newBuilder();
    for (BlockField<S, B, ?> field : type.fields()) {
      readField(field, builder, s);
    }
    type.setExtensions(builder, s.extensions());
    return type.build(builder);
  }

  private static <S extends BlockSchema, B, V> void readField(BlockField<S, B, V> field, B builder, Fields s) {
    field.setIn(builder, FieldCodecs.read(field, s));
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
    BlockTypes.of(schema).ifPresent(type -> write(type, schema, out));
    return out.extensions(schema.extensions()).build();
  }

  private static <S extends BlockSchema> void write(BlockType<S, ?> type, BlockSchema schema, Out out) {
    S block = type.cast(schema);
    for (BlockField<S, ?, ?> field : type.fields()) {
      writeField(field, block, out);
    }
  }

  private static <S extends BlockSchema, V> void writeField(BlockField<S, ?, V> field, S block, Out out) {
    FieldCodecs.write(field, field.valueIn(block), out);
  }
}

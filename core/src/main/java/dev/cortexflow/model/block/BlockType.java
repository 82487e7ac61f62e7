package dev.cortexflow.model.block;

import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the descriptor table ({@link BlockTypes}): a block type's discriminator ({@code schema.type}), its
 * description, and its fields in the order Cortex exports them, with the model type and builder that hold them.
 *
 * @param <S> the block's model type
 * @param <B> the block's builder type
 */
public final class BlockType<S extends BlockSchema, B> {
  private final String type;
  private final String description;
  private final Class<S> modelType;
  private final Supplier<B> newBuilder;
  private final BiConsumer<B, Map<String, JsonValue>> extensions;
  private final Function<B, ? extends S> build;
  private final List<BlockField<S, B, ?>> fields;

  private BlockType(String type, String description, Class<S> modelType, Supplier<B> newBuilder,
      BiConsumer<B, Map<String, JsonValue>> extensions, Function<B, ? extends S> build,
      List<BlockField<S, B, ?>> fields) {
    this.type = Objects.requireNonNull(type, "type");
    this.description = Objects.requireNonNull(description, "description");
    this.modelType = Objects.requireNonNull(modelType, "modelType");
    this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
    this.extensions = Objects.requireNonNull(extensions, "extensions");
    this.build = Objects.requireNonNull(build, "build");
    this.fields = List.copyOf(fields);
  }

  static <S extends BlockSchema, B> BlockType<S, B> of(String type, String description, Class<S> modelType,
      Supplier<B> newBuilder, BiConsumer<B, Map<String, JsonValue>> extensions, Function<B, ? extends S> build) {
    return new BlockType<>(type, description, modelType, newBuilder, extensions, build, List.of());
  }

  /** The discriminator ({@code schema.type}), such as {@code HTTP_REQUEST}. */
  public String type() {
    return type;
  }

  /** What the block does, as the JSON Schema describes it to editors. */
  public String description() {
    return description;
  }

  /** The model type that holds a block of this type. */
  public Class<S> modelType() {
    return modelType;
  }

  /** The fields of {@code schema} other than {@code type}, in the order Cortex exports them. */
  public List<BlockField<S, B, ?>> fields() {
    return fields;
  }

  /** Whether the block is of this type. */
  public boolean describes(BlockSchema schema) {
    return modelType.isInstance(schema);
  }

  /**
   * The block as this type's model type.
   *
   * @throws ClassCastException when the block is of another type
   */
  public S cast(BlockSchema schema) {
    return modelType.cast(schema);
  }

  /** A new, empty builder of this type. */
  public B newBuilder() {
    return newBuilder.get();
  }

  /** Sets the keys nobody reads ({@code extensions}) on a builder of this type. */
  public void setExtensions(B builder, Map<String, JsonValue> unknownKeys) {
    extensions.accept(builder, unknownKeys);
  }

  /** Builds the block from a builder of this type. */
  public S build(B builder) {
    return build.apply(builder);
  }

  /** Adds a field the server requires. */
  <V> BlockType<S, B> required(String key, FieldKind<V> kind, String description, Function<S, V> get,
      BiConsumer<B, V> set) {
    return with(new BlockField<>(key, kind, Presence.REQUIRED, false, description, get, set));
  }

  /** Adds a required string that a run needs non-blank. */
  BlockType<S, B> neededToRun(String key, String description, Function<S, String> get,
      BiConsumer<B, String> set) {
    return with(new BlockField<>(key, FieldKind.TEXT, Presence.REQUIRED, true, description, get, set));
  }

  /** Adds a field the OpenAPI requires and the server fills in when absent. */
  <V> BlockType<S, B> defaulted(String key, FieldKind<V> kind, String description, Function<S, V> get,
      BiConsumer<B, V> set) {
    return with(new BlockField<>(key, kind, Presence.DEFAULTED, false, description, get, set));
  }

  /** Adds an optional field. */
  <V> BlockType<S, B> optional(String key, FieldKind<V> kind, String description, Function<S, V> get,
      BiConsumer<B, V> set) {
    return with(new BlockField<>(key, kind, Presence.OPTIONAL, false, description, get, set));
  }

  private BlockType<S, B> with(BlockField<S, B, ?> field) {
    for (BlockField<S, B, ?> f : fields) {
      if (f.key().equals(field.key())) {
        throw new IllegalArgumentException(type + " has two fields '" + field.key() + "'");
      }
    }
    List<BlockField<S, B, ?>> more = new ArrayList<>(fields);
    more.add(field);
    return new BlockType<>(type, description, modelType, newBuilder, extensions, build, more);
  }

  @Override
  public String toString() {
    return type;
  }
}

package dev.cortexflow.model.input;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the input table ({@link InputKinds}): a form field kind's discriminator ({@code type}), its
 * description, and its own keys in the order the codec writes them, with the model type and builder that hold them.
 * The keys every form field has ({@code type}, {@code key}, {@code name}, {@code description}, {@code required})
 * come first in every kind and are not rows of it.
 *
 * @param <F> the form field's model type
 * @param <B> the form field's builder type
 */
public final class InputKind<F extends InputField, B> {
  private final String type;
  private final String description;
  private final Class<F> modelType;
  private final Supplier<B> newBuilder;
  private final BiConsumer<B, InputField> common;
  private final BiConsumer<B, Map<String, JsonValue>> extensions;
  private final Function<B, ? extends F> build;
  private final List<InputKey<F, B, ?>> keys;

  private InputKind(String type, String description, Class<F> modelType, Supplier<B> newBuilder,
      BiConsumer<B, InputField> common, BiConsumer<B, Map<String, JsonValue>> extensions,
      Function<B, ? extends F> build, List<InputKey<F, B, ?>> keys) {
    this.type = Objects.requireNonNull(type, "type");
    this.description = Objects.requireNonNull(description, "description");
    this.modelType = Objects.requireNonNull(modelType, "modelType");
    this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
    this.common = Objects.requireNonNull(common, "common");
    this.extensions = Objects.requireNonNull(extensions, "extensions");
    this.build = Objects.requireNonNull(build, "build");
    this.keys = List.copyOf(keys);
  }

  static <F extends InputField, B> InputKind<F, B> of(String type, String description, Class<F> modelType,
      Supplier<B> newBuilder, BiConsumer<B, InputField> common, BiConsumer<B, Map<String, JsonValue>> extensions,
      Function<B, ? extends F> build) {
    return new InputKind<>(type, description, modelType, newBuilder, common, extensions, build, List.of());
  }

  /** The discriminator ({@code type}), such as {@code INPUT_FIELD}. */
  public String type() {
    return type;
  }

  /** What the field asks for, as the JSON Schema describes it to editors. */
  public String description() {
    return description;
  }

  /** The model type that holds a form field of this kind. */
  public Class<F> modelType() {
    return modelType;
  }

  /** The keys of this kind after the ones every form field has, in the order the codec writes them. */
  public List<InputKey<F, B, ?>> keys() {
    return keys;
  }

  /** Whether the form field is of this kind. */
  public boolean describes(InputField field) {
    return modelType.isInstance(field);
  }

  /**
   * The form field as this kind's model type.
   *
   * @throws ClassCastException when the field is of another kind
   */
  public F cast(InputField field) {
    return modelType.cast(field);
  }

  /** A new, empty builder of this kind. */
  public B newBuilder() {
    return newBuilder.get();
  }

  /**
   * Sets the keys every form field has ({@code key}, {@code name}, {@code description}, {@code required}) on a
   * builder of this kind, copied from another form field.
   */
  public void setCommon(B builder, InputField from) {
    common.accept(builder, from);
  }

  /** Sets the keys nobody reads ({@code extensions}) on a builder of this kind. */
  public void setExtensions(B builder, Map<String, JsonValue> unknownKeys) {
    extensions.accept(builder, unknownKeys);
  }

  /** Builds the form field from a builder of this kind. */
  public F build(B builder) {
    return build.apply(builder);
  }

  /** Adds a key the server requires. */
  <V> InputKind<F, B> required(String key, InputValueKind<V> kind, String description, Function<F, V> get,
      BiConsumer<B, V> set) {
    return with(new InputKey<>(key, kind, Presence.REQUIRED, description, get, set));
  }

  /** Adds a key the OpenAPI requires and the server fills in when absent. */
  <V> InputKind<F, B> defaulted(String key, InputValueKind<V> kind, String description, Function<F, V> get,
      BiConsumer<B, V> set) {
    return with(new InputKey<>(key, kind, Presence.DEFAULTED, description, get, set));
  }

  /** Adds an optional key. */
  <V> InputKind<F, B> optional(String key, InputValueKind<V> kind, String description, Function<F, V> get,
      BiConsumer<B, V> set) {
    return with(new InputKey<>(key, kind, Presence.OPTIONAL, description, get, set));
  }

  private InputKind<F, B> with(InputKey<F, B, ?> key) {
    for (InputKey<F, B, ?> k : keys) {
      if (k.key().equals(key.key())) {
        throw new IllegalArgumentException(type + " has two keys '" + key.key() + "'");
      }
    }
    List<InputKey<F, B, ?>> more = new ArrayList<>(keys);
    more.add(key);
    return new InputKind<>(type, description, modelType, newBuilder, common, extensions, build, more);
  }

  @Override
  public String toString() {
    return type;
  }
}

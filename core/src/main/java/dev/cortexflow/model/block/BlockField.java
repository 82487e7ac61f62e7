package dev.cortexflow.model.block;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One key of a block's {@code schema} in the descriptor table ({@link BlockTypes}): its name, JSON kind, whether
 * it must be present, whether a run needs it non-blank, its description, and how the model reads and sets it.
 *
 * @param <S> the block's model type
 * @param <B> the block's builder type
 * @param <V> the model's type for the value
 */
public final class BlockField<S extends BlockSchema, B, V> {
  private final String key;
  private final FieldKind<V> kind;
  private final Presence presence;
  private final boolean neededToRun;
  private final String description;
  private final Function<S, V> getter;
  private final BiConsumer<B, V> setter;

  BlockField(String key, FieldKind<V> kind, Presence presence, boolean neededToRun, String description,
      Function<S, V> getter, BiConsumer<B, V> setter) {
    this.key = Objects.requireNonNull(key, "key");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.presence = Objects.requireNonNull(presence, "presence");
    this.neededToRun = neededToRun;
    this.description = Objects.requireNonNull(description, "description");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.setter = Objects.requireNonNull(setter, "setter");
  }

  /** The descriptor key inside {@code schema}, such as {@code url}. */
  public String key() {
    return key;
  }

  /** The value's JSON kind and model type. */
  public FieldKind<V> kind() {
    return kind;
  }

  /** Whether the key must be present, is filled in by the server, or is optional. */
  public Presence presence() {
    return presence;
  }

  /** Whether Cortex needs this string non-blank to run the block (checked by the validator). */
  public boolean neededToRun() {
    return neededToRun;
  }

  /** What the field holds, as the JSON Schema describes it to editors. */
  public String description() {
    return description;
  }

  /** The field's value in a block. */
  public V valueIn(S schema) {
    return getter.apply(schema);
  }

  /** Sets the field on a block's builder. */
  public void setIn(B builder, V value) {
    setter.accept(builder, value);
  }

  @Override
  public String toString() {
    return key + " (" + kind + ", " + presence + ")";
  }
}

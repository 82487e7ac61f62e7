package dev.cortexflow.model.input;

import dev.cortexflow.model.block.Presence;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One key of a form field kind in the input table ({@link InputKinds}), other than the keys every form field has:
 * its name, JSON kind, whether it must be present, its description, and how the model reads and sets it.
 *
 * @param <F> the form field's model type
 * @param <B> the form field's builder type
 * @param <V> the model's type for the value
 */
public final class InputKey<F extends InputField, B, V> {
  private final String key;
  private final InputValueKind<V> kind;
  private final Presence presence;
  private final String description;
  private final Function<F, V> getter;
  private final BiConsumer<B, V> setter;

  InputKey(String key, InputValueKind<V> kind, Presence presence, String description, Function<F, V> getter,
      BiConsumer<B, V> setter) {
    this.key = Objects.requireNonNull(key, "key");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.presence = Objects.requireNonNull(presence, "presence");
    this.description = Objects.requireNonNull(description, "description");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.setter = Objects.requireNonNull(setter, "setter");
  }

  /** The descriptor key inside the form field, such as {@code placeholder}. */
  public String key() {
    return key;
  }

  /** The JSON kind of the key's value and its model type. */
  public InputValueKind<V> kind() {
    return kind;
  }

  /**
   * Whether the key must be present ({@code REQUIRED}), is filled in by the server ({@code DEFAULTED}), or is
   * optional.
   */
  public Presence presence() {
    return presence;
  }

  /** What the key holds, as the JSON Schema describes it to editors. */
  public String description() {
    return description;
  }

  /** The key's value in a form field. */
  public V valueIn(F field) {
    return getter.apply(field);
  }

  /** Sets the key's value on a form field's builder. */
  public void setIn(B builder, V value) {
    setter.accept(builder, value);
  }

  @Override
  public String toString() {
    return key + " (" + kind + ", " + presence + ")";
  }
}

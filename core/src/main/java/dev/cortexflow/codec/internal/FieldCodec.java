package dev.cortexflow.codec.internal;

/**
 * Reads and writes the values of one {@link dev.cortexflow.model.block.FieldKind} or
 * {@link dev.cortexflow.model.input.InputValueKind}, the same way for every block type or form field kind that has
 * a key of that kind.
 *
 * @param <V> the model's type for the value
 */
interface FieldCodec<V> {

  /** Reads the key; absent or null values are reported as {@code need} says. */
  V read(Fields s, String key, Need need);

  /** Writes the value, or nothing for an empty optional one. */
  void write(Out out, String key, V value);

  /** A codec from a reader and a writer. */
  static <V> FieldCodec<V> of(Reader<V> reader, Writer<V> writer) {
    return new FieldCodec<>() {
      @Override
      public V read(Fields s, String key, Need need) {
        return reader.read(s, key, need);
      }

      @Override
      public void write(Out out, String key, V value) {
        writer.write(out, key, value);
      }
    };
  }

  /** Reads one kind. */
  @FunctionalInterface
  interface Reader<V> {
    V read(Fields s, String key, Need need);
  }

  /** Writes one kind. */
  @FunctionalInterface
  interface Writer<V> {
    void write(Out out, String key, V value);
  }
}

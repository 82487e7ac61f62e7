package dev.cortexflow.codec.internal;

import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputValueKind;
import dev.cortexflow.model.input.NumberFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codec of every {@link InputValueKind}, and the reading and writing of one key of a form field by it. The
 * nested kinds hand over to the mapping of their parts ({@link InputParts}).
 */
final class InputKeyCodecs {
  private static final Map<InputValueKind<?>, FieldCodec<?>> CODECS = new IdentityHashMap<>();

  static {
    put(InputValueKind.OPTIONAL_TEXT, FieldCodec.of((s, key, need) -> s.optString(key), Out::opt));
    put(InputValueKind.OPTIONAL_BOOLEAN, FieldCodec.of(Fields::optBool, Out::optBool));
    put(InputValueKind.FLAG, FieldCodec.of((s, key, need) -> s.bool(key, need, false),
        (out, key, flag) -> out.put(key, flag.booleanValue())));
    put(InputValueKind.TEXTS, FieldCodec.of(Fields::strings, Out::strings));
    put(InputValueKind.OPTIONAL_TEXTS, FieldCodec.of(Fields::optStrings, Out::optStrings));
    put(InputValueKind.OPTIONAL_NUMBER, FieldCodec.of((s, key, need) -> s.optNumber(key), Out::optNumber));
    put(InputValueKind.NUMBER_FORMAT, FieldCodec.of(
        (s, key, need) -> s.get(key, need).isPresent() ? s.optString(key).map(NumberFormat::of) : Optional.empty(),
        (out, key, format) -> out.opt(key, format.map(NumberFormat::value))));
    put(InputValueKind.DATE_FORMAT, FieldCodec.of(
        (s, key, need) -> s.get(key, need).isPresent() ? s.optString(key).map(DateFormat::of) : Optional.empty(),
        (out, key, format) -> out.opt(key, format.map(DateFormat::value))));
    put(InputValueKind.ENTITY_FILTER, FieldCodec.of(InputParts::readEntityFilter, InputParts::writeEntityFilter));
    put(InputValueKind.USER_FILTER, FieldCodec.of(InputParts::readUserFilter, InputParts::writeUserFilter));
    put(InputValueKind.SLACK_FILTER, FieldCodec.of(InputParts::readSlackFilter, InputParts::writeSlackFilter));
    put(InputValueKind.USERS, FieldCodec.of(InputParts::readUsers, InputParts::writeUsers));
  }

  private InputKeyCodecs() {}

  /** Whether every kind has a codec (checked by the tests, so that a new kind cannot be forgotten here). */
  static boolean coversEveryKind() {
    return InputValueKind.ALL.stream().allMatch(CODECS::containsKey);
  }

  /** Reads a key of a form field. */
  static <V> V read(InputKey<?, ?, V> key, Fields f) {
    return codec(key.kind()).read(f, key.key(), FieldCodecs.need(key.presence()));
  }

  /** Writes a key of a form field, or nothing for an empty optional one. */
  static <V> void write(InputKey<?, ?, V> key, V value, Out out) {
    codec(key.kind()).write(out, key.key(), value);
  }

  private static <V> void put(InputValueKind<V> kind, FieldCodec<V> codec) {
    CODECS.put(kind, codec);
  }

  @SuppressWarnings("unchecked") // put(...) is the only writer of CODECS and pairs an InputValueKind<V> with a FieldCodec<V>
  private static <V> FieldCodec<V> codec(InputValueKind<V> kind) {
    FieldCodec<?> codec = CODECS.get(kind);
    if (codec == null) {
      throw new IllegalStateException("no codec for the input value kind " + kind);
    }
    return (FieldCodec<V>) codec;
  }
}

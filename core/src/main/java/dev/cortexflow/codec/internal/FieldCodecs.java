package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.FieldKind;
import dev.cortexflow.model.block.Presence;
import dev.cortexflow.validate.ViolationCode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codec of every {@link FieldKind}, and the reading and writing of one block field by it. The nested kinds
 * hand over to the mappers of their parts ({@link BlockParts}, {@link InputMapper}).
 */
final class FieldCodecs {
  private static final Map<FieldKind<?>, FieldCodec<?>> CODECS = new IdentityHashMap<>();

  static {
    put(FieldKind.TEXT, FieldCodec.of(Fields::string, Out::put));
    put(FieldKind.OPTIONAL_TEXT, FieldCodec.of((s, key, need) -> s.optString(key), Out::opt));
    put(FieldKind.OPTIONAL_BOOLEAN, FieldCodec.of(Fields::optBool, Out::optBool));
    put(FieldKind.OPTIONAL_INTEGER, FieldCodec.of((s, key, need) -> s.optInt(key), Out::optNumber));
    put(FieldKind.TEXTS, FieldCodec.of(Fields::strings, Out::strings));
    put(FieldKind.TEXT_MAP, FieldCodec.of(Fields::stringMap, Out::stringMap));
    put(FieldKind.JSON_MAP, FieldCodec.of(Fields::jsonMap, Out::jsonMap));
    put(FieldKind.HTTP_METHOD, vocabulary(FieldKind.HTTP_METHOD));
    put(FieldKind.URGENCY, vocabulary(FieldKind.URGENCY));
    put(FieldKind.BRANCH_PATHS, FieldCodec.of((s, key, need) -> s.objects(key, need, BlockParts::readPath),
        (out, key, paths) -> out.list(key, paths, BlockParts::writePath)));
    put(FieldKind.FALLBACK_PATH, FieldCodec.of(
        (s, key, need) -> s.object(key, need, s.where() + " " + key).map(BlockParts::readFallback),
        (out, key, path) -> path.ifPresent(p -> out.put(key, BlockParts.writeFallback(p)))));
    put(FieldKind.GIT_IDENTITY, FieldCodec.of(
        (s, key, need) -> s.object(key, need, s.where() + " " + key).map(BlockParts::readIdentity),
        (out, key, id) -> id.ifPresent(i -> out.put(key, BlockParts.writeIdentity(i)))));
    put(FieldKind.INPUT_FIELDS, FieldCodec.of((s, key, need) -> s.objects(key, need, InputMapper::readField),
        (out, key, fields) -> out.list(key, fields, InputMapper::writeField)));
    put(FieldKind.INPUT_OVERRIDES, FieldCodec.of((s, key, need) -> s.objects(key, need, InputMapper::readOverride),
        (out, key, overrides) -> out.list(key, overrides, InputMapper::writeOverride)));
    put(FieldKind.VARIABLE_ASSIGNMENTS, FieldCodec.of(
        (s, key, need) -> s.objects(key, need, BlockParts::readAssignment),
        (out, key, assignments) -> out.list(key, assignments, BlockParts::writeAssignment)));
  }

  private FieldCodecs() {}

  /** Whether every kind has a codec (checked by the tests, so that a new kind cannot be forgotten here). */
  static boolean coversEveryKind() {
    return FieldKind.ALL.stream().allMatch(CODECS::containsKey);
  }

  /** Reads a block field from its schema object. */
  static <V> V read(BlockField<?, ?, V> field, Fields s) {
    if (isRequiredNullable(field)) {
      String key = field.key();
      if (!s.isPresent(key)) { // alias: null is what Cortex's own files send for the default configuration
        s.issues().error(ViolationCode.MISSING_FIELD, s.pointer(key), s.where() + ": missing required field '"
            + key + "'; write '" + key + ": null' for the default configuration");
      }
      return codec(field.kind()).read(s, key, Need.OPTIONAL);
    }
    return codec(field.kind()).read(s, field.key(), need(field.presence()));
  }

  /** Writes a block field; a required nullable field is written as {@code null} when empty. */
  static <V> void write(BlockField<?, ?, V> field, V value, Out out) {
    if (isRequiredNullable(field) && value instanceof Optional<?> o && o.isEmpty()) {
      out.put(field.key(), JsonValue.NULL);
    } else {
      codec(field.kind()).write(out, field.key(), value);
    }
  }

  private static boolean isRequiredNullable(BlockField<?, ?, ?> field) {
    return field.presence() == Presence.REQUIRED && field.kind() == FieldKind.OPTIONAL_TEXT;
  }

  /** How a reader treats an absent key of the given presence. */
  static Need need(Presence presence) {
    if (presence == Presence.REQUIRED) {
      return Need.REQUIRED;
    }
    return presence == Presence.DEFAULTED ? Need.DEFAULTED : Need.OPTIONAL;
  }

  private static <V extends Vocabulary> FieldCodec<V> vocabulary(FieldKind<V> kind) {
    return FieldCodec.of((s, key, need) -> kind.fromText(s.string(key, need)), (out, key, v) -> out.put(key,
        v.value()));
  }

  private static <V> void put(FieldKind<V> kind, FieldCodec<V> codec) {
    CODECS.put(kind, codec);
  }

  @SuppressWarnings("unchecked") // put(...) is the only writer of CODECS and pairs a FieldKind<V> with a FieldCodec<V>
  private static <V> FieldCodec<V> codec(FieldKind<V> kind) {
    FieldCodec<?> codec = CODECS.get(kind);
    if (codec == null) {
      throw new IllegalStateException("no codec for the field kind " + kind);
    }
    return (FieldCodec<V>) codec;
  }
}

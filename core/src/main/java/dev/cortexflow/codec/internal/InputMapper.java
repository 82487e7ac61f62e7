package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.ImmutableCustomOverride;
import dev.cortexflow.model.input.ImmutableOptionOverride;
import dev.cortexflow.model.input.ImmutableValueOverride;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.validate.ViolationCode;
import java.util.Optional;

/**
 * Maps USER_INPUT form fields (one discriminated type per {@code type}, or a custom field) and input overrides.
 * Fields common to every kind are written first (type, key, name, description, required), then the kind's own by
 * the row of {@code type} in the input table ({@link InputKinds}); unknown kinds are kept as they are.
 */
final class InputMapper {
  private InputMapper() {}

  static InputField readField(Fields item, int index) {
    String key = item.string("key", Need.REQUIRED);
    Fields f = item.named(item.where() + " input '" + key + "' (inputs[" + index + "])");
    String type = f.string("type", Need.REQUIRED);
    String name = f.string("name", Need.REQUIRED);
    boolean required = f.bool("required", Need.REQUIRED, false);
    Optional<String> description = f.optString("description");
    Optional<InputKind<?, ?>> known = InputKinds.named(type);
    if (known.isPresent()) {
      return read(known.get(), f, CustomInput.builder().type(type).key(key).name(name).required(required)
          .description(description).build());
    }
    if (type.equals(Vocabularies.NESTED_FORM_FIELD)) {
      f.issues().warning(ViolationCode.UNKNOWN_TYPE, f.pointer("type"), f.where()
          + ": input type 'NESTED_FORM_FIELD' has no published schema; kept as is");
    } else if (!type.isEmpty()) {
      f.issues().unknownType(f.pointer("type"), f.where() + ": unknown input type '" + type
          + "'; kept as is (known types: "
          + String.join(", ", InputKinds.ALL.stream().map(InputKind::type).toList()) + ")");
    }
    return CustomInput.builder().type(type).key(key).name(name).required(required).description(description)
        .extensions(f.extensions()).build();
  }

  static JsonValue writeField(InputField field) {
    Out out = Out.object().put("type", field.type()).put("key", field.key()).put("name", field.name())
        .opt("description", field.description()).put("required", field.required());
    InputKinds.of(field).ifPresent(kind -> write(kind, field, out));
    return out.extensions(field.extensions()).build();
  }

  /** Reads the kind's own keys; the common ones are copied from {@code common}. */
  private static <F extends InputField, B> F read(InputKind<F, B> kind, Fields f, InputField common) {
    B builder = kind.newBuilder();
    kind.setCommon(builder, common);
    for (InputKey<F, B, ?> key : kind.keys()) {
      readKey(key, builder, f);
    }
    kind.setExtensions(builder, f.extensions());
    return kind.build(builder);
  }

  private static <F extends InputField, B, V> void readKey(InputKey<F, B, V> key, B builder, Fields f) {
    key.setIn(builder, InputKeyCodecs.read(key, f));
  }

  private static <F extends InputField> void write(InputKind<F, ?> kind, InputField field, Out out) {
    F typed = kind.cast(field);
    for (InputKey<F, ?, ?> key : kind.keys()) {
      writeKey(key, typed, out);
    }
  }

  private static <F extends InputField, V> void writeKey(InputKey<F, ?, V> key, F field, Out out) {
    InputKeyCodecs.write(key, key.valueIn(field), out);
  }

  static InputOverride readOverride(Fields f, int index) {
    String type = f.string("type", Need.REQUIRED);
    switch (type) {
      case "OPTION":
        return ImmutableOptionOverride.builder().inputKey(f.string("inputKey", Need.REQUIRED))
            .outputVariable(f.string("outputVariable", Need.REQUIRED)).extensions(f.extensions()).build();
      case "VALUE":
        ImmutableValueOverride.Builder b = ImmutableValueOverride.builder()
            .inputKey(f.string("inputKey", Need.REQUIRED))
            .outputVariable(f.string("outputVariable", Need.REQUIRED));
        f.optBool("editable", Need.REQUIRED).ifPresent(b::editable);
        return b.extensions(f.extensions()).build();
      default:
        if (!type.isEmpty()) {
          f.issues().unknownType(f.pointer("type"), f.where() + ": unknown override type '"
              + type + "'; use OPTION or VALUE");
        }
        return ImmutableCustomOverride.builder().type(type).inputKey(f.string("inputKey", Need.REQUIRED))
            .extensions(f.extensions()).build();
    }
  }

  static JsonValue writeOverride(InputOverride o) {
    Out out = Out.object().put("type", o.type()).put("inputKey", o.inputKey());
    if (o instanceof InputOverride.OptionOverride x) {
      out.put("outputVariable", x.outputVariable());
    } else if (o instanceof InputOverride.ValueOverride x) {
      out.put("outputVariable", x.outputVariable()).put("editable", x.editable());
    }
    return out.extensions(o.extensions()).build();
  }
}

package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.ImmutableCustomOverride;
import dev.cortexflow.model.input.ImmutableOptionOverride;
import dev.cortexflow.model.input.ImmutableValueOverride;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.validate.ViolationCode;

/**
 * Maps USER_INPUT form fields (one discriminated type per {@code type}, or a custom field) and input overrides.
 * Fields common to every kind are written first (type, key, name, description, required), then the kind's own.
 */
final class InputMapper {
  private InputMapper() {}

  static InputField readField(Fields item, int index) {
    String key = item.string("key", Need.REQUIRED);
    Fields f = item.named(item.where() + " input '" + key + "' (inputs[" + index + "])");
    String type = f.string("type", Need.REQUIRED);
    String name = f.string("name", Need.REQUIRED);
    boolean required = f.bool("required", Need.REQUIRED, false);
    java.util.Optional<String> description = f.optString("description");
    InputField field = InputKinds.read(type, f, key, name, required, description);
    if (field != null) {
      return field;
    }
    if (type.equals(Vocabularies.NESTED_FORM_FIELD)) {
      f.issues().warning(ViolationCode.UNKNOWN_TYPE, f.pointer("type"), f.where()
          + ": input type 'NESTED_FORM_FIELD' has no published schema; kept as is");
    } else if (!type.isEmpty()) {
      f.issues().unknownType(f.pointer("type"), f.where() + ": unknown input type '" + type
          + "'; kept as is (known types: " + String.join(", ", Vocabularies.INPUT_TYPES) + ")");
    }
    return CustomInput.builder().type(type).key(key).name(name).required(required).description(description)
        .extensions(f.extensions()).build();
  }

  static JsonValue writeField(InputField field) {
    Out out = Out.object().put("type", field.type()).put("key", field.key()).put("name", field.name())
        .opt("description", field.description()).put("required", field.required());
    field.accept(new KindFields(out));
    return out.extensions(field.extensions()).build();
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

  /** Writes the keys of each field type that follow the common ones. */
  private static final class KindFields implements InputField.Visitor<Void> {
    private final Out out;

    KindFields(Out out) {
      this.out = out;
    }

    @Override
    public Void textInput(TextInput x) {
      out.opt("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder())
          .opt("validationRegex", x.validationRegex());
      return null;
    }

    @Override
    public Void textareaInput(TextareaInput x) {
      out.opt("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder())
          .opt("validationRegex", x.validationRegex());
      return null;
    }

    @Override
    public Void selectInput(SelectInput x) {
      out.strings("options", x.options()).optStrings("optionsLabels", x.optionsLabels())
          .put("allowAdditionalOptions", x.allowAdditionalOptions())
          .opt("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void multiSelectInput(MultiSelectInput x) {
      out.strings("options", x.options()).optStrings("optionsLabels", x.optionsLabels())
          .put("allowAdditionalOptions", x.allowAdditionalOptions())
          .optStrings("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void toggleInput(ToggleInput x) {
      out.optBool("defaultValue", x.defaultValue());
      return null;
    }

    @Override
    public Void entityInput(EntityInput x) {
      out.put("allowMultiple", x.allowMultiple())
          .put("entityFilter", x.entityFilter().map(InputKinds::writeEntityFilter).orElse(Out.object().build()))
          .put("shouldDisplayOptionsAsHierarchy", x.shouldDisplayOptionsAsHierarchy())
          .optStrings("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder())
          .optBool("limitEntitiesToRunnerUserScope", x.limitEntitiesToRunnerUserScope());
      return null;
    }

    @Override
    public Void userPickerInput(UserPickerInput x) {
      out.put("allowMultiple", x.allowMultiple())
          .put("filter", x.filter().map(InputKinds::writeUserFilter).orElse(Out.object().build()));
      x.defaultValue().ifPresent(users -> out.list("defaultValue", users, InputKinds::writeUser));
      out.opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void slackInput(SlackInput x) {
      out.put("allowMultiple", x.allowMultiple())
          .put("filter", x.filter().map(InputKinds::writeSlackFilter)
              .orElse(Out.object().strings("channels", java.util.List.of()).build()))
          .optStrings("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void secretInput(SecretInput x) {
      out.put("disabled", x.disabled()).opt("placeholder", x.placeholder())
          .opt("validationRegex", x.validationRegex());
      return null;
    }

    @Override
    public Void numberInput(NumberInput x) {
      out.put("disabled", x.disabled()).opt("format", x.format().map(NumberFormat::value))
          .optNumber("min", x.min()).optNumber("max", x.max()).optNumber("defaultValue", x.defaultValue())
          .opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void dateInput(DateInput x) {
      out.put("disabled", x.disabled()).opt("format", x.format().map(DateFormat::value))
          .opt("defaultValue", x.defaultValue()).opt("placeholder", x.placeholder());
      return null;
    }

    @Override
    public Void customInput(CustomInput x) {
      return null; // all its keys are extensions, written after the common ones
    }
  }
}

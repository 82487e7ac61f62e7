package dev.cortexflow.codegen.internal;

import dev.cortexflow.codegen.internal.TextCode.Syntax;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.Inputs;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The DSL code of a {@code USER_INPUT} block: typed field factories, overrides from references, the validator. */
final class FormCode {

  private final Emission emission;
  private final TextCode texts;

  FormCode(Emission emission, TextCode texts) {
    this.emission = emission;
    this.texts = texts;
  }

  Dual.Chain form(Dual slug, Dual name, UserInput form) {
    List<Optional<Dual>> fields = form.inputs().stream().map(this::field).toList();
    Dual.Chain chain;
    if (fields.stream().allMatch(Optional::isPresent)) {
      List<Dual> args = new ArrayList<>(List.of(slug, name));
      fields.forEach(f -> args.add(f.get()));
      chain = Dual.chain(Dual.call(emission, Blocks.class, "userInput", args.toArray(Dual[]::new)));
    } else {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "userInput", slug, name));
      for (int i = 0; i < fields.size(); i++) {
        InputField model = form.inputs().get(i);
        Optional<Dual> typed = fields.get(i);
        if (typed.isPresent()) {
          chain.then("fields", typed.get());
        } else {
          chain.then("inputField", Dual.of(emission.model().modelValue(model), model));
        }
      }
    }
    form.inputOverrides().forEach(override -> override(chain, override));
    form.jsValidatorScript().ifPresent(s -> chain.then("jsValidatorScript", texts.text(s, Syntax.JS)));
    return chain;
  }

  private void override(Dual.Chain chain, InputOverride override) {
    Dual key = str(override.inputKey());
    if (override.extensions().isEmpty() && override instanceof InputOverride.OptionOverride option) {
      Optional<RefResolver.Resolved> ref = texts.path(option.outputVariable());
      if (ref.isPresent()) {
        chain.then("optionsFrom", key, hasRef(ref.get()));
        return;
      }
    }
    if (override.extensions().isEmpty() && override instanceof InputOverride.ValueOverride value) {
      Optional<RefResolver.Resolved> ref = texts.path(value.outputVariable());
      if (ref.isPresent()) {
        chain.then("valueFrom", key, hasRef(ref.get()), Dual.of(com.palantir.javapoet.CodeBlock.of("$L",
            value.editable()), value.editable()));
        return;
      }
    }
    chain.then("override", Dual.of(emission.model().modelValue(override), override));
  }

  private Optional<Dual> field(InputField field) {
    Dual.Chain chain;
    if (field instanceof TextInput text) {
      chain = Dual.chain(Dual.call(emission, Inputs.class, "text", str(text.key()), str(text.name())));
      text.defaultValue().ifPresent(v -> chain.then("defaultValue", str(v)));
      text.placeholder().ifPresent(v -> chain.then("placeholder", str(v)));
      text.validationRegex().ifPresent(v -> chain.then("validationRegex", str(v)));
    } else if (field instanceof TextareaInput text) {
      chain = Dual.chain(Dual.call(emission, Inputs.class, "textarea", str(text.key()), str(text.name())));
      text.defaultValue().ifPresent(v -> chain.then("defaultValue", str(v)));
      text.placeholder().ifPresent(v -> chain.then("placeholder", str(v)));
      text.validationRegex().ifPresent(v -> chain.then("validationRegex", str(v)));
    } else if (field instanceof SelectInput select) {
      List<Dual> args = new ArrayList<>(List.of(str(select.key()), str(select.name())));
      select.options().forEach(o -> args.add(str(o)));
      chain = Dual.chain(Dual.call(emission, Inputs.class, "select", args.toArray(Dual[]::new)));
      if (select.allowAdditionalOptions()) {
        chain.then("allowAdditionalOptions");
      }
      select.optionsLabels().ifPresent(labels ->
          chain.then("optionsLabels", labels.stream().map(this::str).toArray(Dual[]::new)));
      select.defaultValue().ifPresent(v -> chain.then("defaultValue", str(v)));
      select.placeholder().ifPresent(v -> chain.then("placeholder", str(v)));
    } else if (field instanceof ToggleInput toggle) {
      chain = Dual.chain(Dual.call(emission, Inputs.class, "toggle", str(toggle.key()), str(toggle.name())));
      toggle.defaultValue().ifPresent(v -> chain.then("defaultValue", Dual.of(
          com.palantir.javapoet.CodeBlock.of("$L", v), v)));
    } else {
      return Optional.empty();
    }
    if (field.required()) {
      chain.then("required");
    }
    field.description().ifPresent(d -> chain.then("description", str(d)));
    field.extensions().forEach((k, v) -> chain.then("customField", str(k),
        Dual.of(emission.model().json(v), v)));
    return Optional.of(chain.build());
  }

  private static Dual hasRef(RefResolver.Resolved ref) {
    return Dual.of(ref.hasRef() != null ? ref.hasRef() : ref.ref(), ref.value());
  }

  private Dual str(String value) {
    return Dual.of(emission.literals().string(value), value);
  }
}

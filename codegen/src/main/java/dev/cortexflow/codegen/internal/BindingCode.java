package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.internal.TextCode.Syntax;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code of an integration action's schema through its generated binding
 * ({@code CreateBranch.builder().repo(…).build()}), and of free-form input values.
 */
final class BindingCode {

  private final Emission emission;
  private final TextCode texts;

  BindingCode(Emission emission, TextCode texts) {
    this.emission = emission;
    this.texts = texts;
  }

  /**
   * The binding code of a catalogued action that sets every required input; its live value is the action itself.
   * Empty for other actions, which are written as {@code integrationAction(...)} without losing anything.
   */
  Optional<Dual> binding(AdvancedHttpRequest action) {
    Optional<CatalogueAction> known = emission.catalogue().flatMap(c -> c.find(action.actionIdentifier()));
    // a binding's build() refuses a missing required input: such a block stays a generic integration action
    if (known.isEmpty() || known.get().requiredInputs().stream()
        .anyMatch(input -> !action.inputs().containsKey(input.key()))) {
      return Optional.empty();
    }
    ClassName type = BindingEmitter.bindingClass(known.get());
    Map<String, String> setters = BindingEmitter.setterNames(known.get());
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", type);
    action.inputs().forEach((key, value) -> {
      Optional<CatalogueInput> input = known.get().input(key);
      CodeBlock typed = input.isPresent() ? typed(type, input.get(), value) : null;
      if (typed != null) {
        code.add("\n.$L($L)", setters.get(key), typed);
      } else if (value instanceof JsonValue.JsonString s) {
        code.add("\n.customInput($L, $L)", Literals.quoted(key), texts.code(s.value(), Syntax.MUSTACHE));
      } else {
        code.add("\n.customInput($L, $L)", Literals.quoted(key), emission.model().json(value));
      }
    });
    action.integrationAlias().ifPresent(alias -> code.add("\n.integrationAlias($L)",
        emission.literals().string(alias)));
    return Optional.of(Dual.of(code.add("\n.build()$<$<").build(), action));
  }

  private CodeBlock typed(ClassName binding, CatalogueInput input, JsonValue value) {
    if (value instanceof JsonValue.JsonString s) {
      Optional<RefResolver.Resolved> ref = texts.wholeMustache(s.value());
      if (input.type() == InputType.STRING && ref.isPresent()) {
        return ref.get().hasRef() != null ? ref.get().hasRef() : ref.get().ref();
      }
      if (input.type() == InputType.ENUM && input.values().contains(s.value())) {
        return CodeBlock.of("$T.$L", binding.nestedClass(InputSetters.enumName(binding, input)), s.value());
      }
      return texts.code(s.value(), Syntax.MUSTACHE);
    }
    if (value instanceof JsonValue.JsonBoolean b && input.type() == InputType.BOOLEAN) {
      return CodeBlock.of("$L", b.value());
    }
    if (value instanceof JsonValue.JsonNumber n && input.type() == InputType.INTEGER && integral(n.value())) {
      return Literals.integer(n.value().longValueExact());
    }
    return null;
  }

  /**
   * An input value for {@code integrationAction(...).input(key, value)} (and the AWS block's inputs, the Jira
   * block's fields): text, boolean, integer, {@code List.of(...)} of those, or JSON.
   */
  Dual json(JsonValue value) {
    Optional<Dual> scalar = scalar(value);
    if (scalar.isPresent()) {
      return scalar.get();
    }
    if (value instanceof JsonValue.JsonArray array && !array.values().isEmpty()) {
      List<Optional<Dual>> items = array.values().stream().map(this::scalar).toList();
      if (items.stream().allMatch(Optional::isPresent)) {
        return Dual.of(CodeBlock.of("$T.of($L)", List.class,
            Dual.join(items.stream().map(Optional::get).toArray(Dual[]::new))), value);
      }
    }
    return Dual.of(emission.model().json(value), value);
  }

  /** Text, a boolean or an {@code int} as its Java literal; empty for anything else. */
  private Optional<Dual> scalar(JsonValue value) {
    if (value instanceof JsonValue.JsonString s) {
      return Optional.of(texts.text(s.value(), Syntax.MUSTACHE));
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return Optional.of(Dual.of(CodeBlock.of("$L", b.value()), value));
    }
    if (value instanceof JsonValue.JsonNumber n && integral(n.value())
        && n.value().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
      return Optional.of(Dual.of(CodeBlock.of("$L", n.value().intValueExact()), value));
    }
    return Optional.empty();
  }

  private static boolean integral(BigDecimal n) {
    try {
      n.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}

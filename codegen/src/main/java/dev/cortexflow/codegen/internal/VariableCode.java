package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed {@code Var} declaration of a workflow variable of every known type: {@code Var.string("env")},
 * {@code Var.stringArray("services").defaultValue(List.of("api", "web"))}, an object default as an ordered
 * {@code JsonValue.object(...)} (a {@code Map.of} would render its keys in no fixed order).
 */
final class VariableCode {

  /** A declaration: the type of the local, its initializer, and the live {@code Var}. */
  record Declaration(TypeName type, Dual var) {}

  private static final TypeName ANY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

  /** The {@code Var} factory and value type of each known variable type. */
  private enum Kind {
    STRING(VariableType.STRING, "string", ClassName.get(String.class), null),
    NUMBER(VariableType.NUMBER, "number", ClassName.get(Number.class), null),
    BOOLEAN(VariableType.BOOLEAN, "bool", ClassName.get(Boolean.class), null),
    OBJECT(VariableType.OBJECT, "object", ANY_MAP, null),
    STRING_ARRAY(VariableType.ARRAY_OF_STRING, "stringArray", null, STRING),
    NUMBER_ARRAY(VariableType.ARRAY_OF_NUMBER, "numberArray", null, NUMBER),
    BOOLEAN_ARRAY(VariableType.ARRAY_OF_BOOLEAN, "boolArray", null, BOOLEAN),
    OBJECT_ARRAY(VariableType.ARRAY_OF_OBJECT, "objectArray", null, OBJECT);

    final VariableType type;
    final String factory;
    final TypeName valueType;
    final Kind item;

    Kind(VariableType type, String factory, TypeName valueType, Kind item) {
      this.type = type;
      this.factory = factory;
      this.item = item;
      this.valueType = item == null ? valueType
          : ParameterizedTypeName.get(ClassName.get(List.class), item.valueType);
    }
  }

  private final Literals literals;
  private final ModelEmitter model;

  VariableCode(Literals literals, ModelEmitter model) {
    this.literals = literals;
    this.model = model;
  }

  /** The {@code Var} factory ({@code string}, {@code stringArray}, …) of a known variable type. */
  static Optional<String> factory(VariableType type) {
    return kind(type).map(k -> k.factory);
  }

  /**
   * The declaration of the variable, or empty when a {@code Var} cannot say it (an unknown type, keys cortexflow
   * does not know, or a default that does not fit the type): such a variable is added with the model API.
   */
  Optional<Declaration> declaration(Variable variable) {
    Optional<Kind> kind = kind(variable.type());
    if (kind.isEmpty() || !variable.extensions().isEmpty()) {
      return Optional.empty();
    }
    Dual built;
    try {
      Dual.Chain chain = Dual.chain(Dual.qualified(Var.class, kind.get().factory,
          Dual.of(literals.string(variable.slug()), variable.slug())));
      variable.defaultValue().ifPresent(d -> chain.then("defaultValue", defaultValue(d, kind.get())));
      variable.description().ifPresent(d -> chain.then("description", Dual.of(literals.string(d), d)));
      built = chain.build();
    } catch (IllegalArgumentException misfit) {
      return Optional.empty();
    }
    if (!((Var<?>) built.value()).toVariable().equals(variable)) {
      return Optional.empty();
    }
    return Optional.of(new Declaration(ParameterizedTypeName.get(ClassName.get(Var.class), kind.get().valueType),
        built));
  }

  /** A scalar as its Java literal, an array of scalars as {@code List.of(...)}, anything else as JSON. */
  private Dual defaultValue(JsonValue value, Kind kind) {
    Optional<Dual> scalar = kind.item == null ? scalar(value, kind) : Optional.empty();
    if (scalar.isPresent()) {
      return scalar.get();
    }
    if (kind.item != null && kind.item != Kind.OBJECT && value instanceof JsonValue.JsonArray array) {
      List<CodeBlock> codes = new ArrayList<>();
      List<Object> items = new ArrayList<>();
      for (JsonValue item : array.values()) {
        Optional<Dual> one = scalar(item, kind.item);
        if (one.isEmpty()) {
          return json(value);
        }
        codes.add(one.get().code());
        items.add(one.get().value());
      }
      return Dual.of(CodeBlock.of("$T.of($L)", List.class, Dual.arguments(codes)), List.copyOf(items));
    }
    return json(value);
  }

  /**
   * An object as {@code JsonValue.object("key", value, …)} with plain Java values, an array of objects as
   * {@code JsonValue.array(List.of(…))}, anything else (a default that does not fit) as JSON.
   */
  private Dual json(JsonValue value) {
    if (value instanceof JsonValue.JsonObject object) {
      return Dual.of(object(object), value);
    }
    if (value instanceof JsonValue.JsonArray array) {
      List<CodeBlock> items = new ArrayList<>();
      array.values().forEach(item -> items.add(item instanceof JsonValue.JsonObject o ? object(o) : model.json(item)));
      return Dual.of(CodeBlock.of("$T.array($T.of($L))", JsonValue.class, List.class, Dual.arguments(items)), value);
    }
    return Dual.of(model.json(value), value);
  }

  private CodeBlock object(JsonValue.JsonObject object) {
    if (object.members().isEmpty()) {
      return CodeBlock.of("$T.object($T.of())", JsonValue.class, Map.class);
    }
    List<CodeBlock> args = new ArrayList<>();
    object.members().forEach((key, member) -> {
      args.add(literals.string(key));
      args.add(data(member));
    });
    return CodeBlock.of("$T.object($L)", JsonValue.class, Dual.arguments(args));
  }

  /** A member of an object as the plain Java data {@code JsonValue.object(...)} takes. */
  private CodeBlock data(JsonValue value) {
    if (value instanceof JsonValue.JsonObject object) {
      return object(object);
    }
    if (value instanceof JsonValue.JsonArray array) {
      List<CodeBlock> items = new ArrayList<>();
      array.values().forEach(item -> items.add(data(item)));
      return CodeBlock.of("$T.of($L)", List.class, Dual.arguments(items));
    }
    if (value instanceof JsonValue.JsonString s) {
      return literals.string(s.value());
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return CodeBlock.of("$L", b.value());
    }
    if (value instanceof JsonValue.JsonNumber n) {
      return scalar(n, Kind.NUMBER).orElseThrow().code();
    }
    return model.json(value);
  }

  private Optional<Dual> scalar(JsonValue value, Kind kind) {
    if (kind == Kind.STRING && value instanceof JsonValue.JsonString s) {
      return Optional.of(Dual.of(literals.string(s.value()), s.value()));
    }
    if (kind == Kind.BOOLEAN && value instanceof JsonValue.JsonBoolean b) {
      return Optional.of(Dual.of(CodeBlock.of("$L", b.value()), b.value()));
    }
    if (kind == Kind.NUMBER && value instanceof JsonValue.JsonNumber n) {
      if (n.value().scale() <= 0 && n.value().abs().compareTo(BigDecimal.valueOf(1_000_000_000)) < 0) {
        return Optional.of(Dual.of(CodeBlock.of("$L", n.value().intValueExact()), n.value().intValueExact()));
      }
      return Optional.of(Dual.of(CodeBlock.of("new $T($S)", BigDecimal.class, n.value().toString()), n.value()));
    }
    return Optional.empty();
  }

  private static Optional<Kind> kind(VariableType type) {
    for (Kind kind : Kind.values()) {
      if (kind.type.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Vocabulary;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes Java expressions that rebuild model values with the model's own builders and factories
 * ({@code Workflow.builder()…build()}, {@code Jq.of(".")}): the lower-level API that can express any descriptor,
 * including broken ones and types the DSL does not know. Works by reflection over the Immutables classes, so a
 * field added to the model is emitted without a change here; every factory it picks is checked to give back an
 * equal value.
 */
public final class ModelEmitter {

  private static final String MODEL_PACKAGE = "dev.cortexflow.model";
  private static final ClassName JSON = ClassName.get(JsonValue.class);

  private final Literals literals;

  /** Creates an emitter writing strings with the given literal style. */
  public ModelEmitter(Literals literals) {
    this.literals = literals;
  }

  /** An expression for any value that can appear in the model: a model value, JSON, text, number, list. */
  public CodeBlock value(Object value) {
    if (value instanceof String s) {
      return literals.string(s);
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return CodeBlock.of("$L", value);
    }
    if (value instanceof Long l) {
      return CodeBlock.of("$LL", l);
    }
    if (value instanceof BigDecimal decimal) {
      return CodeBlock.of("new $T($S)", BigDecimal.class, decimal.toString());
    }
    if (value instanceof JsonValue json) {
      return json(json);
    }
    if (value instanceof Vocabulary vocabulary) {
      return vocabulary(vocabulary);
    }
    if (value instanceof List<?> list) {
      return list(list);
    }
    if (value.getClass().getSimpleName().startsWith("Immutable")) {
      return modelValue(value);
    }
    throw new IllegalArgumentException("cannot emit a value of type '" + value.getClass().getName() + "'");
  }

  /** An expression for a JSON value, such as {@code JsonValue.of("x")}. */
  public CodeBlock json(JsonValue json) {
    if (json instanceof JsonValue.JsonNull) {
      return CodeBlock.of("$T.NULL", JSON);
    }
    if (json instanceof JsonValue.JsonString s) {
      return CodeBlock.of("$T.of($L)", JSON, literals.string(s.value()));
    }
    if (json instanceof JsonValue.JsonBoolean b) {
      return CodeBlock.of("$T.of($L)", JSON, b.value());
    }
    if (json instanceof JsonValue.JsonNumber n) {
      return number(n.value());
    }
    if (json instanceof JsonValue.JsonArray a) {
      return CodeBlock.of("$T.array($L)", JSON, list(a.values()));
    }
    JsonValue.JsonObject o = (JsonValue.JsonObject) json;
    if (o.members().isEmpty()) {
      return CodeBlock.of("$T.object($T.of())", JSON, Map.class);
    }
    List<CodeBlock> members = new ArrayList<>();
    o.members().forEach((k, v) -> members.add(CodeBlock.of("$L, $L", literals.string(k), json(v))));
    return CodeBlock.of("$T.object($L)", JSON, CodeBlock.join(members, ", "));
  }

  private static CodeBlock number(BigDecimal n) {
    if (n.scale() <= 0) {
      try {
        return CodeBlock.of("$T.of($L)", JSON, Literals.integer(n.longValueExact()));
      } catch (ArithmeticException tooBig) {
        // falls through to the exact decimal form
      }
    }
    return CodeBlock.of("$T.of(new $T($S))", JSON, BigDecimal.class, n.toString());
  }

  private CodeBlock list(Collection<?> items) {
    List<CodeBlock> elements = new ArrayList<>();
    items.forEach(item -> elements.add(value(item)));
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
  }

  private static CodeBlock vocabulary(Vocabulary vocabulary) {
    Class<?> type = vocabulary.getClass();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type && vocabulary.equals(get(field))) {
        return CodeBlock.of("$T.$L", type, field.getName());
      }
    }
    return CodeBlock.of("$T.of($L)", type, Literals.quoted(vocabulary.value()));
  }

  /** An expression for an Immutables model value: a checked factory when one fits, otherwise its builder. */
  public CodeBlock modelValue(Object value) {
    return modelValue(value, true);
  }

  /**
   * As {@link #modelValue(Object)}, for the start of a statement: the builder chain is not indented further,
   * since the statement's own continuation indent applies.
   */
  public CodeBlock statementValue(Object value) {
    return modelValue(value, false);
  }

  private CodeBlock modelValue(Object value, boolean indent) {
    Class<?> model = modelInterface(value.getClass());
    Map<String, Object> attributes = attributes(value, model);
    Optional<CodeBlock> factory = factory(value, model, attributes);
    if (factory.isPresent()) {
      return factory.get();
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$L", builderStart(model));
    if (indent) {
      code.add("$>$>");
    }
    Class<?> builderType = builderType(value.getClass());
    attributes.forEach((name, attribute) -> {
      if (attribute instanceof Map<?, ?> map) {
        String put = adder(builderType, "put", name, 2);
        map.forEach((k, v) -> code.add("\n.$L($L, $L)", put, Literals.quoted(k.toString()), value(v)));
      } else if (attribute instanceof List<?> list && !list.isEmpty()
          && list.get(0).getClass().getSimpleName().startsWith("Immutable")
          && findAdder(builderType, "add", name, 1) != null) {
        String add = findAdder(builderType, "add", name, 1);
        list.forEach(item -> code.add("\n.$L($L)", add, value(item)));
      } else {
        code.add("\n.$L($L)", name, value(attribute));
      }
    });
    code.add("\n.build()");
    if (indent) {
      code.add("$<$<");
    }
    return code.build();
  }

  /** The non-empty attributes of a model value, in declaration order, with Optional unwrapped. */
  static Map<String, Object> attributes(Object value, Class<?> model) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    Object extensions = null;
    for (Field field : value.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      Method accessor;
      try {
        accessor = model.getMethod(field.getName());
      } catch (NoSuchMethodException notAnAttribute) {
        continue;
      }
      Object attribute = invoke(accessor, value);
      if (attribute instanceof Optional<?> optional) {
        optional.ifPresent(present -> attributes.put(field.getName(), present));
      } else if (attribute instanceof Collection<?> c && c.isEmpty()
          || attribute instanceof Map<?, ?> m && m.isEmpty()
          || Boolean.FALSE.equals(attribute)) {
        continue;
      } else if (field.getName().equals("extensions")) {
        extensions = attribute;
      } else {
        attributes.put(field.getName(), attribute);
      }
    }
    if (extensions != null) {
      attributes.put("extensions", extensions);
    }
    return attributes;
  }

  private Optional<CodeBlock> factory(Object value, Class<?> model, Map<String, Object> attributes) {
    List<Method> candidates = new ArrayList<>(List.of(model.getMethods()));
    if (model.getEnclosingClass() != null) {
      candidates.addAll(List.of(model.getEnclosingClass().getMethods()));
    }
    for (Method method : candidates) {
      if (!Modifier.isStatic(method.getModifiers()) || !method.getReturnType().isAssignableFrom(model)
          || method.getName().equals("builder") || method.getName().equals("copyOf")) {
        continue;
      }
      Parameter[] params = method.getParameters();
      List<Object> args = new ArrayList<>();
      for (Parameter param : params) {
        Object arg = param.isNamePresent() ? argument(value, model, param, attributes) : null;
        if (arg == null) {
          break;
        }
        args.add(arg);
      }
      if (args.size() != params.length || !paramsCover(params, attributes)) {
        continue;
      }
      Object built = invokeStatic(method, args.toArray());
      if (value.equals(built)) {
        List<CodeBlock> emitted = new ArrayList<>();
        args.forEach(arg -> emitted.add(value(arg instanceof Iterable<?> it && !(arg instanceof List<?>)
            ? List.copyOf((Collection<?>) it) : arg)));
        return Optional.of(CodeBlock.of("$T.$L($L)", method.getDeclaringClass(), method.getName(),
            CodeBlock.join(emitted, ", ")));
      }
    }
    return Optional.empty();
  }

  private static Object argument(Object value, Class<?> model, Parameter param, Map<String, Object> attributes) {
    if (attributes.containsKey(param.getName())) {
      return attributes.get(param.getName());
    }
    try {
      Object raw = invoke(model.getMethod(param.getName()), value);
      return raw instanceof Optional<?> ? null : raw;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean paramsCover(Parameter[] params, Map<String, Object> attributes) {
    List<String> names = new ArrayList<>();
    for (Parameter p : params) {
      names.add(p.getName());
    }
    return names.containsAll(attributes.keySet());
  }

  private static CodeBlock builderStart(Class<?> model) {
    try {
      Method builder = model.getMethod("builder");
      if (Modifier.isStatic(builder.getModifiers()) && builder.getDeclaringClass() == model) {
        return CodeBlock.of("$T.builder()", model);
      }
    } catch (NoSuchMethodException e) {
      // no static builder on the interface: use the generated class
    }
    return CodeBlock.of("$T.builder()", immutableClass(model));
  }

  private static Class<?> builderType(Class<?> immutable) {
    try {
      return immutable.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no builder for '" + immutable.getName() + "'", e);
    }
  }

  /** The builder's per-element method of a collection attribute, such as {@code putInput} or {@code addAction}. */
  private static String adder(Class<?> builderType, String prefix, String attribute, int params) {
    String adder = findAdder(builderType, prefix, attribute, params);
    if (adder == null) {
      throw new IllegalStateException("no " + prefix + " method for '" + attribute + "' on '"
          + builderType.getName() + "'");
    }
    return adder;
  }

  /** As {@link #adder}, or null when the builder has none (an optional list is set whole). */
  private static String findAdder(Class<?> builderType, String prefix, String attribute, int params) {
    String cap = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    List<String> candidates = new ArrayList<>();
    if (cap.endsWith("ies")) {
      candidates.add(prefix + cap.substring(0, cap.length() - 3) + "y");
    }
    if (cap.endsWith("es")) {
      candidates.add(prefix + cap.substring(0, cap.length() - 2));
    }
    if (cap.endsWith("s")) {
      candidates.add(prefix + cap.substring(0, cap.length() - 1));
    }
    candidates.add(prefix + cap);
    for (String candidate : candidates) {
      for (Method method : builderType.getMethods()) {
        if (method.getParameterCount() == params && method.getName().equals(candidate)
            && (params == 2 || !method.getParameterTypes()[0].isArray())) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static ClassName immutableClass(Class<?> model) {
    return ClassName.get(model.getPackageName(), "Immutable" + model.getSimpleName());
  }

  /** The model interface an Immutables class implements. */
  static Class<?> modelInterface(Class<?> type) {
    for (Class<?> candidate : type.getInterfaces()) {
      if (candidate.getPackageName().startsWith(MODEL_PACKAGE)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + type.getName() + "' implements no model interface");
  }

  private static Object get(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read '" + method.getName() + "'", e);
    }
  }

  private static Object invokeStatic(Method method, Object[] args) {
    try {
      return method.invoke(null, args);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      return null;
    } catch (InvocationTargetException e) {
      return null;
    }
  }
}

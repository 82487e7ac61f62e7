package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java expression together with the value it evaluates to. The importer builds every DSL call twice from one
 * description: as code to emit, and live (by reflection) to check that the code rebuilds the imported
 * descriptor before emitting it.
 *
 * @param code the expression
 * @param value what the expression evaluates to
 */
record Dual(CodeBlock code, Object value) {

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, int.class,
      Integer.class, long.class, Long.class, double.class, Double.class);

  static Dual of(CodeBlock code, Object value) {
    return new Dual(code, value);
  }

  /** A call of a static method; the method is imported statically when {@code imports} allows it. */
  static Dual call(Emission emission, Class<?> owner, String method, Dual... args) {
    ClassName type = ClassName.get(owner);
    emission.staticImport(type, method);
    Object value = invoke(owner, null, method, args);
    return new Dual(CodeBlock.of("$T." + method + "($L)", type, join(args)), value);
  }

  /** A call of a static method, written with its class ({@code Var.string("x")}). */
  static Dual qualified(Class<?> owner, String method, Dual... args) {
    Object value = invoke(owner, null, method, args);
    return new Dual(CodeBlock.of("$T.$L($L)", owner, method, join(args)), value);
  }

  /** A chain of instance calls on a value, one per line. */
  static Chain chain(Dual start) {
    return new Chain(start);
  }

  static CodeBlock join(Dual... args) {
    List<CodeBlock> codes = new ArrayList<>();
    for (Dual arg : args) {
      codes.add(arg.code());
    }
    return arguments(codes);
  }

  /**
   * An argument list: on one line when it is short and holds at most one multi-line argument; otherwise the
   * short leading arguments stay on the line and each further argument gets a line of its own.
   */
  static CodeBlock arguments(List<CodeBlock> args) {
    List<String> texts = args.stream().map(CodeBlock::toString).toList();
    long multiLine = texts.stream().filter(t -> t.contains("\n")).count();
    int length = texts.stream().mapToInt(String::length).sum() + 2 * args.size();
    if (args.size() < 2 || multiLine < 2 && length <= 100) {
      return CodeBlock.join(args, ", ");
    }
    CodeBlock.Builder out = CodeBlock.builder();
    int inline = 0;
    int used = 0;
    while (inline < args.size() - 1 && !texts.get(inline).contains("\n") && texts.get(inline).length() < 40
        && used + texts.get(inline).length() < 60) {
      used += texts.get(inline).length() + 2;
      out.add(inline == 0 ? "$L" : ", $L", args.get(inline));
      inline++;
    }
    out.add(inline == 0 ? "$>$>\n" : ",$>$>\n");
    for (int i = inline; i < args.size(); i++) {
      out.add(i == inline ? "$L" : ",\n$L", args.get(i));
    }
    return out.add("$<$<").build();
  }

  /** Instance calls on one value, emitted one per line under the start expression. */
  static final class Chain {
    private final CodeBlock.Builder code = CodeBlock.builder();
    private Object value;
    private boolean any;

    private Chain(Dual start) {
      code.add("$L", start.code());
      value = start.value();
    }

    Chain then(String method, Dual... args) {
      value = invoke(value.getClass(), value, method, args);
      code.add(any ? "" : "$>$>").add("\n.$L($L)", method, join(args));
      any = true;
      return this;
    }

    Dual build() {
      if (any) {
        code.add("$<$<");
      }
      return new Dual(code.build(), value);
    }
  }

  private static Object invoke(Class<?> owner, Object target, String name, Dual[] args) {
    for (Method method : publicMethods(owner)) {
      if (!method.getName().equals(name) || (target == null) != Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Object[] actual = fit(method, args);
      if (actual != null) {
        try {
          return method.invoke(target, actual);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    }
    throw new IllegalStateException("no method '" + name + "' on '" + owner.getName() + "' for the given arguments");
  }

  /** Methods callable from outside: those of the public classes and interfaces among the type's supertypes. */
  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    List<Class<?>> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove(0);
      if (Modifier.isPublic(next.getModifiers())) {
        for (Method m : next.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers())) {
            methods.add(m);
          }
        }
      }
      if (next.getSuperclass() != null) {
        pending.add(next.getSuperclass());
      }
      pending.addAll(List.of(next.getInterfaces()));
    }
    return methods;
  }

  private static Object[] fit(Method method, Dual[] args) {
    Class<?>[] params = method.getParameterTypes();
    if (!method.isVarArgs()) {
      if (params.length != args.length) {
        return null;
      }
      Object[] actual = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        if (!accepts(params[i], args[i].value())) {
          return null;
        }
        actual[i] = args[i].value();
      }
      return actual;
    }
    int fixed = params.length - 1;
    if (args.length < fixed) {
      return null;
    }
    Object[] actual = new Object[params.length];
    for (int i = 0; i < fixed; i++) {
      if (!accepts(params[i], args[i].value())) {
        return null;
      }
      actual[i] = args[i].value();
    }
    Class<?> component = params[fixed].getComponentType();
    Object rest = Array.newInstance(component, args.length - fixed);
    for (int i = fixed; i < args.length; i++) {
      if (!accepts(component, args[i].value())) {
        return null;
      }
      Array.set(rest, i - fixed, args[i].value());
    }
    actual[fixed] = rest;
    return actual;
  }

  private static boolean accepts(Class<?> param, Object value) {
    if (value == null) {
      return !param.isPrimitive();
    }
    return BOXES.getOrDefault(param, param).isInstance(value);
  }
}

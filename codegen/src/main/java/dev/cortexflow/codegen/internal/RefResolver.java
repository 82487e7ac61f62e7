package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.Ref;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a state path ({@code actions.<slug>.outputs.x}, {@code variables.z}, {@code context.entity.tag}, …) into a
 * typed reference expression: a block handle's {@code output(...)} when the handle is in scope, a declared
 * variable, a {@code context()} member, or {@code action(slug)} / {@code variable(slug)} otherwise.
 */
final class RefResolver {

  /** A resolved reference: the code of a {@code HasRef} (shortest form) and of a {@code Ref}, and the live Ref. */
  record Resolved(CodeBlock hasRef, CodeBlock ref, Ref value) {}

  private final Emission emission;
  private final Map<String, String> handles = new HashMap<>();
  private final Map<String, String> variables;
  private final Map<String, String> variableKinds;

  RefResolver(Emission emission, Map<String, String> variables, Map<String, String> variableKinds) {
    this.emission = emission;
    this.variables = Map.copyOf(variables);
    this.variableKinds = Map.copyOf(variableKinds);
  }

  /** The {@code Var} factory ({@code string}, {@code number}, {@code bool}) of a variable declared as a local. */
  Optional<String> variableKind(String slug) {
    return Optional.ofNullable(variableKinds.get(slug));
  }

  /** A resolver that also sees the given block handles, for code nested inside a flow. */
  RefResolver withHandle(String slug, String local) {
    RefResolver copy = new RefResolver(emission, variables, variableKinds);
    copy.handles.putAll(handles);
    copy.handles.put(slug, local);
    return copy;
  }

  /** Resolves a dotted path split into keys; empty when it is no reference the DSL can express. */
  Optional<Resolved> resolve(List<String> keys) {
    try {
      return Optional.ofNullable(resolveOrNull(keys));
    } catch (IllegalArgumentException invalidKey) {
      return Optional.empty();
    }
  }

  private Resolved resolveOrNull(List<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    return switch (keys.get(0)) {
      case "actions" -> action(keys);
      case "variables" -> variable(keys);
      case "context" -> context(keys);
      case "callbackUrl" -> keys.size() == 1 ? expr("callbackUrl", Expr.callbackUrl()) : null;
      default -> null;
    };
  }

  private Resolved action(List<String> keys) {
    if (keys.size() < 3 || !keys.get(2).equals("outputs")) {
      return null;
    }
    String slug = keys.get(1);
    String handle = handles.get(slug);
    Ref ref = Expr.action(slug);
    CodeBlock code;
    int rest = 3;
    if (handle != null) {
      emission.readHandle(slug);
    }
    if (handle != null && keys.size() > 3) {
      ref = ref.field(keys.get(3));
      code = CodeBlock.of("$L.output($L)", handle, Literals.quoted(keys.get(3)));
      rest = 4;
    } else if (handle != null) {
      code = CodeBlock.of("$L.ref()", handle);
    } else {
      emission.staticImport(com.palantir.javapoet.ClassName.get(Expr.class), "action");
      code = CodeBlock.of("$T.action($L)", Expr.class, Literals.quoted(slug));
    }
    return fields(code, handle != null && keys.size() == 3 ? CodeBlock.of("$L", handle) : null, ref, keys, rest);
  }

  private Resolved variable(List<String> keys) {
    if (keys.size() < 2) {
      return null;
    }
    String local = variables.get(keys.get(1));
    if (local != null) {
      return fields(CodeBlock.of("$L.ref()", local), CodeBlock.of("$L", local), Expr.variable(keys.get(1)), keys, 2);
    }
    emission.staticImport(com.palantir.javapoet.ClassName.get(Expr.class), "variable");
    return fields(CodeBlock.of("$T.variable($L)", Expr.class, Literals.quoted(keys.get(1))), null, Expr.variable(keys.get(1)), keys,
        2);
  }

  private Resolved context(List<String> keys) {
    if (keys.size() < 2) {
      return null;
    }
    String second = keys.get(1);
    String third = keys.size() > 2 ? keys.get(2) : null;
    return switch (second) {
      case "secrets" -> third == null ? null
          : fields(expr("secretRef", Literals.quoted(third), Expr.secretRef(third)), keys, 3);
      case "workflowRunId" -> fields(context("workflowRunId()", Expr.context().workflowRunId()), keys, 2);
      case "initiatedAtIso8601Timestamp" -> fields(context("initiatedAt()", Expr.context().initiatedAt()), keys, 2);
      case "initialContext" -> third == null ? fields(context("initialContext()", Expr.context().initialContext()),
          keys, 2) : fields(context(CodeBlock.of("initialContext($L)", Literals.quoted(third)).toString(),
          Expr.context().initialContext(third)), keys, 3);
      case "entity" -> entity(keys, third);
      case "initiatedBy" -> initiatedBy(keys, third);
      default -> null;
    };
  }

  private Resolved entity(List<String> keys, String member) {
    if (member == null) {
      return null;
    }
    return switch (member) {
      case "tag" -> fields(context("entity().tag()", Expr.context().entity().tag()), keys, 3);
      case "name" -> fields(context("entity().name()", Expr.context().entity().name()), keys, 3);
      case "id" -> fields(context("entity().id()", Expr.context().entity().id()), keys, 3);
      case "descriptor" -> {
        List<String> path = keys.subList(3, keys.size());
        List<CodeBlock> args = path.stream().map(Literals::quoted).toList();
        yield fields(context("entity().descriptor(" + CodeBlock.join(args, ", ") + ")",
            Expr.context().entity().descriptor(path.toArray(String[]::new))), keys, keys.size());
      }
      default -> null;
    };
  }

  private Resolved initiatedBy(List<String> keys, String member) {
    if (member == null) {
      return null;
    }
    return switch (member) {
      case "name" -> fields(context("initiatedBy().name()", Expr.context().initiatedBy().name()), keys, 3);
      case "email" -> fields(context("initiatedBy().email()", Expr.context().initiatedBy().email()), keys, 3);
      case "identityMappings" -> keys.size() < 4 ? null : fields(context(
          CodeBlock.of("initiatedBy().identityMapping($L)", Literals.quoted(keys.get(3))).toString(),
          Expr.context().initiatedBy().identityMapping(keys.get(3))), keys, 4);
      default -> null;
    };
  }

  private Resolved context(String members, Ref value) {
    emission.staticImport(com.palantir.javapoet.ClassName.get(Expr.class), "context");
    return new Resolved(null, CodeBlock.of("$T.context().$L", Expr.class, members), value);
  }

  private Resolved expr(String method, Ref value) {
    return expr(method, CodeBlock.of(""), value);
  }

  private Resolved expr(String method, CodeBlock args, Ref value) {
    emission.staticImport(com.palantir.javapoet.ClassName.get(Expr.class), method);
    return new Resolved(null, CodeBlock.of("$T." + method + "($L)", Expr.class, args), value);
  }

  private static Resolved fields(Resolved base, List<String> keys, int from) {
    return fields(base.ref(), base.hasRef(), base.value(), keys, from);
  }

  private static Resolved fields(CodeBlock code, CodeBlock shortForm, Ref ref, List<String> keys, int from) {
    if (from > keys.size()) {
      return null;
    }
    CodeBlock.Builder out = code.toBuilder();
    for (String key : keys.subList(from, keys.size())) {
      ref = ref.field(key);
      out.add(".field($L)", Literals.quoted(key));
    }
    CodeBlock full = out.build();
    return new Resolved(from == keys.size() && shortForm != null ? shortForm : full, full, ref);
  }
}

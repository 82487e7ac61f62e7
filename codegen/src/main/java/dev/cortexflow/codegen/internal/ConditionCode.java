package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.internal.TextCode.Syntax;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a branch condition: {@code Cel.eq(ref, "prod")}, {@code Cel.isTrue(ref)}, joined with
 * {@code Cel.or} / {@code Cel.and}, when the expression is that simple and renders back unchanged; otherwise
 * {@code Cel.template("… {} …", ref)} with typed references, or {@code Cel.raw(...)} when it holds none.
 */
final class ConditionCode {

  private static final Pattern ATOM = Pattern.compile("^(\\S+) (==|!=|>|<) (\"[^\"\\\\]*\"|true|false|-?\\d{1,9})$");

  private final TextCode texts;

  ConditionCode(TextCode texts) {
    this.texts = texts;
  }

  /** The condition; its live value renders exactly {@code expression}. */
  Dual condition(String expression) {
    Optional<CodeBlock> structured = structured(expression);
    CodeBlock code = structured.or(() -> texts.celTemplate(expression)).orElseGet(() ->
        CodeBlock.of("$T.raw($L)", Cel.class, texts.code(expression, Syntax.CEL)));
    return Dual.of(code, Cel.raw(expression));
  }

  private Optional<CodeBlock> structured(String expression) {
    if (expression.contains("(") || expression.contains("&&") && expression.contains("||")) {
      return Optional.empty();
    }
    String joiner = expression.contains(" || ") ? " || " : " && ";
    List<CodeBlock> codes = new ArrayList<>();
    List<Condition> live = new ArrayList<>();
    for (String atom : expression.split(Pattern.quote(joiner), -1)) {
      Matcher m = ATOM.matcher(atom);
      if (!m.matches()) {
        return Optional.empty();
      }
      Optional<RefResolver.Resolved> ref = texts.bracketed(m.group(1));
      if (ref.isEmpty()) {
        return Optional.empty();
      }
      Object literal = literal(m.group(3));
      String op = switch (m.group(2)) {
        case "==" -> "eq";
        case "!=" -> "ne";
        case ">" -> "gt";
        default -> "lt";
      };
      if ((op.equals("gt") || op.equals("lt")) && !(literal instanceof Number)) {
        return Optional.empty(); // Cel orders numbers only: the template form keeps the comparison as written
      }
      CodeBlock left = typedVariable(ref.get(), literal).orElse(ref.get().ref());
      if (op.equals("eq") && Boolean.TRUE.equals(literal)) {
        codes.add(CodeBlock.of("$T.isTrue($L)", Cel.class, left));
        live.add(Cel.isTrue(ref.get().value()));
      } else {
        codes.add(CodeBlock.of("$T.$L($L, $L)", Cel.class, op, left, literalCode(literal)));
        live.add(switch (op) {
          case "eq" -> Cel.eq(ref.get().value(), literal);
          case "ne" -> Cel.ne(ref.get().value(), literal);
          case "gt" -> Cel.gt(ref.get().value(), (Number) literal);
          default -> Cel.lt(ref.get().value(), (Number) literal);
        });
      }
    }
    Condition combined = live.get(0);
    CodeBlock code = codes.get(0);
    if (live.size() > 1) {
      Condition[] more = live.subList(1, live.size()).toArray(Condition[]::new);
      combined = joiner.equals(" || ") ? Cel.or(live.get(0), more) : Cel.and(live.get(0), more);
      code = CodeBlock.of("$T.$L($L)", Cel.class, joiner.equals(" || ") ? "or" : "and",
          CodeBlock.join(codes, ", "));
    }
    return combined.expression().equals(expression) ? Optional.of(code) : Optional.empty();
  }

  /**
   * The variable's own name when the reference is a whole declared {@code Var} whose type takes the literal
   * ({@code Var<String>} and a string, {@code Var<Number>} and a number, {@code Var<Boolean>} and a boolean), so
   * the typed {@code Cel} builders accept it; empty otherwise, and the condition reads the variable's
   * {@code ref()}.
   */
  private Optional<CodeBlock> typedVariable(RefResolver.Resolved ref, Object literal) {
    if (ref.hasRef() == null || ref.value().variableSlug().isEmpty() || ref.value().segments().size() != 2) {
      return Optional.empty();
    }
    String wanted = literal instanceof String ? "string" : literal instanceof Boolean ? "bool" : "number";
    return texts.variableKind(ref.value().variableSlug().get()).filter(wanted::equals).map(kind -> ref.hasRef());
  }

  private static Object literal(String text) {
    if (text.startsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    return Integer.valueOf(text);
  }

  private static CodeBlock literalCode(Object literal) {
    return literal instanceof String s ? Literals.quoted(s) : CodeBlock.of("$L", literal);
  }
}

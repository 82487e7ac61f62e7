package dev.cortexflow.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builders for the CEL conditions of branch paths ({@code schema.branches[].expression}).
 *
 * <pre>{@code
 * Condition ui = Cel.or(Cel.eq(owner, ""), Cel.eq(repo, ""));
 * ui.expression();  // variables["github-owner"] == "" || variables["repo-name"] == ""
 * Cel.template("size({}) > 0", scan.output("items"));  // size(actions["scan"].outputs.items) > 0
 * }</pre>
 *
 * <p>Operands are references ({@link HasRef}) or literals: strings are double-quoted with {@code \} and {@code "}
 * escaped, numbers and booleans are written as they are. Anything else throws {@link IllegalArgumentException}.
 */
public final class Cel {

  private Cel() {}

  /** Returns the condition {@code left == right}. */
  public static Condition eq(HasRef left, Object right) {
    return compare(left, " == ", right);
  }

  /** Returns the condition {@code left != right}. */
  public static Condition ne(HasRef left, Object right) {
    return compare(left, " != ", right);
  }

  /** Returns the condition {@code left > right}. */
  public static Condition gt(HasRef left, Object right) {
    return compare(left, " > ", right);
  }

  /** Returns the condition {@code left < right}. */
  public static Condition lt(HasRef left, Object right) {
    return compare(left, " < ", right);
  }

  /** Returns the condition {@code value == true}. */
  public static Condition isTrue(HasRef value) {
    return eq(value, true);
  }

  /** Returns the conjunction {@code a && b && …}; compound operands are parenthesised. */
  public static Condition and(Condition first, Condition... more) {
    return join(" && ", first, more);
  }

  /** Returns the disjunction {@code a || b || …}; compound operands are parenthesised. */
  public static Condition or(Condition first, Condition... more) {
    return join(" || ", first, more);
  }

  /** Returns the negation {@code !(condition)}. */
  public static Condition not(Condition condition) {
    return new Condition("!(" + condition.expression() + ")", false, condition.refs());
  }

  /**
   * Returns a condition with the given CEL text as it is, for expressions the builders cannot express
   * ({@code size(actions["scan"].outputs.result) > 0}).
   */
  public static Condition raw(String expression) {
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("expression is blank: give a CEL condition such as 'variables.x == 1'");
    }
    return new Condition(expression, true, List.of());
  }

  /**
   * Returns a condition from CEL text with a reference for each {@code {}}, rendered in CEL syntax:
   * {@code Cel.template("size({}) > 0", scan.output("result"))} gives
   * {@code size(actions["scan"].outputs.result) > 0}. Write {@code {{}}} for a literal {@code {}}. The condition
   * remembers its references ({@link Condition#refs()}).
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ, or the text is blank
   */
  public static Condition template(String pattern, HasRef... values) {
    Template filled = Template.of(pattern, Ref::cel, values);
    if (filled.toString().isBlank()) {
      throw new IllegalArgumentException("expression is blank: give a CEL condition such as 'variables.x == 1'");
    }
    return new Condition(filled.toString(), true, filled.refs());
  }

  /** Returns a CEL literal for a string, number or boolean, or the CEL form of a reference. */
  public static String literal(Object value) {
    return operand(value);
  }

  private static Condition compare(HasRef left, String operator, Object right) {
    Ref ref = left.ref();
    String text = ref.cel() + operator + operand(right);
    return new Condition(text, false, right instanceof HasRef r ? List.of(ref, r.ref()) : List.of(ref));
  }

  private static Condition join(String operator, Condition first, Condition... more) {
    Objects.requireNonNull(first, "first");
    if (more.length == 0) {
      return first;
    }
    StringJoiner joiner = new StringJoiner(operator);
    List<Ref> refs = new ArrayList<>(first.refs());
    joiner.add(first.operand());
    for (Condition c : more) {
      joiner.add(Objects.requireNonNull(c, "condition").operand());
      refs.addAll(c.refs());
    }
    return new Condition(joiner.toString(), true, refs);
  }

  private static String operand(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof HasRef ref) {
      return ref.ref().cel();
    }
    if (value instanceof CharSequence text) {
      return quote(text.toString());
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
    }
    throw new IllegalArgumentException(
        "value of type '" + value.getClass().getName() + "' is no CEL literal: use a string, number, boolean or reference");
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}

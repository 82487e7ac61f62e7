package dev.cortexflow.expr;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builders for the CEL conditions of branch paths ({@code schema.branches[].expression}).
 *
 * <pre>{@code
 * Condition ui = Cel.or(Cel.eq(owner, ""), Cel.eq(repo, ""));
 * ui.expression();  // variables["github-owner"] == "" || variables["repo-name"] == ""
 * }</pre>
 *
 * <p>Operands are references ({@link HasRef}) or literals: strings are double-quoted with {@code \} and {@code "}
 * escaped, numbers and booleans are written as they are. Anything else throws {@link IllegalArgumentException}.
 */
public final class Cel {

  private Cel() {}

  /** Returns the condition {@code left == right}. */
  public static Condition eq(HasRef left, Object right) {
    return new Condition(left.ref().cel() + " == " + operand(right), false);
  }

  /** Returns the condition {@code left != right}. */
  public static Condition ne(HasRef left, Object right) {
    return new Condition(left.ref().cel() + " != " + operand(right), false);
  }

  /** Returns the condition {@code left > right}. */
  public static Condition gt(HasRef left, Object right) {
    return new Condition(left.ref().cel() + " > " + operand(right), false);
  }

  /** Returns the condition {@code left < right}. */
  public static Condition lt(HasRef left, Object right) {
    return new Condition(left.ref().cel() + " < " + operand(right), false);
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
    return new Condition("!(" + condition.expression() + ")", false);
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
    return new Condition(expression, true);
  }

  /** Returns a CEL literal for a string, number or boolean, or the CEL form of a reference. */
  public static String literal(Object value) {
    return operand(value);
  }

  private static Condition join(String operator, Condition first, Condition... more) {
    Objects.requireNonNull(first, "first");
    if (more.length == 0) {
      return first;
    }
    StringJoiner joiner = new StringJoiner(operator);
    joiner.add(first.operand());
    for (Condition c : more) {
      joiner.add(Objects.requireNonNull(c, "condition").operand());
    }
    return new Condition(joiner.toString(), true);
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

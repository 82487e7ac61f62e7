package dev.cortexflow.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builders for the CEL conditions of branch paths ({@code schema.branches[].expression}).
 *
 * <pre class="compilable">{@code
 * Condition ui = Cel.or(Cel.eq(owner, ""), Cel.eq(repo, ""));
 * ui.expression();  // variables["github-owner"] == "" || variables["repo-name"] == ""
 * Cel.template("size({}) > 0", scan.output("items"));  // size(actions["scan"].outputs.items) > 0
 * }</pre>
 *
 * <p>Operands are references or literals: strings are double-quoted with {@code \} and {@code "} escaped, numbers
 * and booleans are written as they are. Anything else throws {@link IllegalArgumentException}. A typed variable
 * ({@link Var}) is compared only with a value or variable of its own type, and ordering ({@code gt}, {@code ge},
 * {@code lt}, {@code le}) takes numbers only, so {@code Cel.eq(Var<String>, 5)} and {@code Cel.gt(env, "b")} do
 * not compile; an untyped block output ({@link Ref}) takes any literal for equality.
 */
public final class Cel {

  private Cel() {}

  /**
   * Returns the condition {@code left == right} for a block output or other untyped value; the right side is a
   * literal or a reference.
   */
  public static Condition eq(Ref left, Object right) {
    return compare(left, " == ", right);
  }

  /** Returns the condition {@code variable == value}, with a value of the variable's type. */
  public static <T> Condition eq(Var<T> left, T right) {
    return compare(left, " == ", right);
  }

  /** Returns the condition {@code variable == other}, two variables of one type. */
  public static <T> Condition eq(Var<T> left, Var<? extends T> right) {
    return compare(left, " == ", right);
  }

  /** Returns the condition {@code variable == reference}, such as a form field. */
  public static Condition eq(Var<?> left, Ref right) {
    return compare(left, " == ", right);
  }

  /** Returns the condition {@code left != right} for a block output or other untyped value. */
  public static Condition ne(Ref left, Object right) {
    return compare(left, " != ", right);
  }

  /** Returns the condition {@code variable != value}, with a value of the variable's type. */
  public static <T> Condition ne(Var<T> left, T right) {
    return compare(left, " != ", right);
  }

  /** Returns the condition {@code variable != other}, two variables of one type. */
  public static <T> Condition ne(Var<T> left, Var<? extends T> right) {
    return compare(left, " != ", right);
  }

  /** Returns the condition {@code variable != reference}. */
  public static Condition ne(Var<?> left, Ref right) {
    return compare(left, " != ", right);
  }

  /** Returns the condition {@code left > right}: numbers only. */
  public static Condition gt(Ref left, Number right) {
    return compare(left, " > ", right);
  }

  /** Returns the condition {@code variable > right} for a number variable. */
  public static Condition gt(Var<? extends Number> left, Number right) {
    return compare(left, " > ", right);
  }

  /** Returns the condition {@code left > right} between two values read from the run. */
  public static Condition gt(Ref left, Ref right) {
    return compare(left, " > ", right);
  }

  /** Returns the condition {@code left >= right}: numbers only. */
  public static Condition ge(Ref left, Number right) {
    return compare(left, " >= ", right);
  }

  /** Returns the condition {@code variable >= right} for a number variable. */
  public static Condition ge(Var<? extends Number> left, Number right) {
    return compare(left, " >= ", right);
  }

  /** Returns the condition {@code left >= right} between two values read from the run. */
  public static Condition ge(Ref left, Ref right) {
    return compare(left, " >= ", right);
  }

  /** Returns the condition {@code left < right}: numbers only. */
  public static Condition lt(Ref left, Number right) {
    return compare(left, " < ", right);
  }

  /** Returns the condition {@code variable < right} for a number variable. */
  public static Condition lt(Var<? extends Number> left, Number right) {
    return compare(left, " < ", right);
  }

  /** Returns the condition {@code left < right} between two values read from the run. */
  public static Condition lt(Ref left, Ref right) {
    return compare(left, " < ", right);
  }

  /** Returns the condition {@code left <= right}: numbers only. */
  public static Condition le(Ref left, Number right) {
    return compare(left, " <= ", right);
  }

  /** Returns the condition {@code variable <= right} for a number variable. */
  public static Condition le(Var<? extends Number> left, Number right) {
    return compare(left, " <= ", right);
  }

  /** Returns the condition {@code left <= right} between two values read from the run. */
  public static Condition le(Ref left, Ref right) {
    return compare(left, " <= ", right);
  }

  /** Returns the condition {@code value == true} for a value read from the run. */
  public static Condition isTrue(Ref value) {
    return compare(value, " == ", true);
  }

  /** Returns the condition {@code variable == true} for a boolean variable. */
  public static Condition isTrue(Var<Boolean> value) {
    return compare(value, " == ", true);
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
    Objects.requireNonNull(left, "left");
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

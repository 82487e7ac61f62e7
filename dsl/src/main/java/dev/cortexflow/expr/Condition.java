package dev.cortexflow.expr;

import java.util.Objects;

/**
 * A boolean CEL expression, as used by a branch path ({@code schema.branches[].expression}). Build one with
 * {@link Cel} ({@code Cel.eq(env, "prod").and(Cel.isTrue(form.output("publish")))}) or from raw text with
 * {@link Cel#raw(String)}. Immutable and thread-safe.
 */
public final class Condition {

  private final String expression;
  // whether the expression needs parentheses when combined with && or ||
  private final boolean compound;

  Condition(String expression, boolean compound) {
    this.expression = Objects.requireNonNull(expression, "expression");
    this.compound = compound;
  }

  /** The CEL text of this condition ({@code variables["env"] == "prod"}). */
  public String expression() {
    return expression;
  }

  String operand() {
    return compound ? "(" + expression + ")" : expression;
  }

  /** Returns {@code this && other}. */
  public Condition and(Condition other) {
    return Cel.and(this, other);
  }

  /** Returns {@code this || other}. */
  public Condition or(Condition other) {
    return Cel.or(this, other);
  }

  /** Returns {@code !(this)}. */
  public Condition not() {
    return Cel.not(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition other && other.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  /** The CEL text, as {@link #expression()}. */
  @Override
  public String toString() {
    return expression;
  }
}

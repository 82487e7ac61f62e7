package dev.cortexflow.expr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A boolean CEL expression, as used by a branch path ({@code schema.branches[].expression}). Build one with
 * {@link Cel} ({@code Cel.eq(env, "prod").and(Cel.isTrue(form.output("publish")))}) or from raw text with
 * {@link Cel#raw(String)}. Immutable and thread-safe.
 */
public final class Condition {

  private final String expression;
  // whether the expression needs parentheses when combined with && or ||
  private final boolean compound;
  private final List<Ref> refs;

  Condition(String expression, boolean compound, List<Ref> refs) {
    this.expression = Objects.requireNonNull(expression, "expression");
    this.compound = compound;
    this.refs = List.copyOf(refs);
  }

  /** The references this condition reads, in order of appearance. */
  public List<Ref> refs() {
    return refs;
  }

  /** The block slugs this condition reads, in order of first appearance. */
  public List<String> blockSlugs() {
    return refs.stream().map(Ref::blockSlug).flatMap(Optional::stream).distinct().toList();
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

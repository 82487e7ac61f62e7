/**
 * Typed references to run state and their rendering: {@link dev.cortexflow.expr.Ref} (Mustache, JQ, CEL,
 * JavaScript, state path), workflow variables ({@link dev.cortexflow.expr.Var}), context
 * ({@link dev.cortexflow.expr.Expr#context()}), templates and CEL conditions ({@link dev.cortexflow.expr.Cel}).
 *
 * <p>Templates fill each {@code {}} of a pattern with a reference rendered in the syntax of the field:
 * {@link dev.cortexflow.expr.Expr#template} and {@link dev.cortexflow.expr.Expr#rawTemplate} (Mustache),
 * {@link dev.cortexflow.expr.Expr#jq} (JQ), {@link dev.cortexflow.expr.Expr#js} (JavaScript) and
 * {@link dev.cortexflow.expr.Cel#template} (CEL). {@code {{}}} writes a literal {@code {}}.
 *
 * <p>All values here are immutable and thread-safe.
 */
package dev.cortexflow.expr;

/**
 * Typed references to run state and their rendering: {@link dev.cortexflow.expr.Ref} (Mustache, JQ, CEL,
 * JavaScript, state path), workflow variables ({@link dev.cortexflow.expr.Var}), context
 * ({@link dev.cortexflow.expr.Expr#context()}), templates and CEL conditions ({@link dev.cortexflow.expr.Cel}).
 *
 * <p>All values here are immutable and thread-safe.
 */
package dev.cortexflow.expr;

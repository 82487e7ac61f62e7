package dev.cortexflow.expr;

/**
 * Anything that stands for one value of run state: a {@link Ref} itself or a workflow variable ({@link Var}).
 * Templates and conditions accept any of them.
 */
public interface HasRef {

  /** The reference to the value. */
  Ref ref();
}

package dev.cortexflow.engine.internal;

/** An expression that does not compile or evaluate; the message says what, without the block (the caller adds it). */
public final class EvaluationException extends Exception {
  public EvaluationException(String message) {
    super(message, null, false, false);
  }
}

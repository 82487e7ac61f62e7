package dev.cortexflow.model;

/**
 * A value from one of Cortex's vocabularies (HTTP methods, variable types, ownership scopes, …).
 *
 * <p>Cortex grows its vocabularies over time, so they are not Java enums: each vocabulary is a small value type
 * with constants for the values known today ({@code HttpMethod.POST}) and {@code of(String)} for any other, which
 * the validator reports as {@code INVALID_VALUE} but the codec keeps, so nothing read is lost.
 */
public interface Vocabulary {

  /** The value exactly as it is written in the descriptor. */
  String value();

  /** Whether the value is one of the values Cortex is known to accept. */
  boolean isKnown();
}

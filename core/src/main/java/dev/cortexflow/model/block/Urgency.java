package dev.cortexflow.model.block;

import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The urgency of a PagerDuty incident ({@code schema.urgency}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record Urgency(String value) implements Vocabulary {

  /** {@code HIGH}. */
  public static final Urgency HIGH = new Urgency("HIGH");

  /** {@code LOW}. */
  public static final Urgency LOW = new Urgency("LOW");

  private static final List<Urgency> KNOWN = List.of(HIGH, LOW);

  /** Creates a value; prefer the constants. */
  public Urgency {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static Urgency of(String value) {
    return Vocabularies.lookup(KNOWN, value, Urgency::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<Urgency> knownValues() {
    return KNOWN;
  }

  @Override
  public boolean isKnown() {
    return Vocabularies.isKnown(KNOWN, this);
  }

  @Override
  public String toString() {
    return value;
  }
}

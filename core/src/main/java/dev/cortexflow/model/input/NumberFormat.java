package dev.cortexflow.model.input;

import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The format of a number input field ({@code format}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record NumberFormat(String value) implements Vocabulary {

  /** {@code INTEGER}. */
  public static final NumberFormat INTEGER = new NumberFormat("INTEGER");

  /** {@code DECIMAL}. */
  public static final NumberFormat DECIMAL = new NumberFormat("DECIMAL");

  private static final List<NumberFormat> KNOWN = List.of(INTEGER, DECIMAL);

  /** Creates a value; prefer the constants. */
  public NumberFormat {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static NumberFormat of(String value) {
    return Vocabularies.lookup(KNOWN, value, NumberFormat::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<NumberFormat> knownValues() {
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

package dev.cortexflow.model.input;

import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The format of a date input field ({@code format}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record DateFormat(String value) implements Vocabulary {

  /** {@code DATE}. */
  public static final DateFormat DATE = new DateFormat("DATE");

  /** {@code DATETIME}. */
  public static final DateFormat DATETIME = new DateFormat("DATETIME");

  private static final List<DateFormat> KNOWN = List.of(DATE, DATETIME);

  /** Creates a value; prefer the constants. */
  public DateFormat {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static DateFormat of(String value) {
    return Vocabularies.lookup(KNOWN, value, DateFormat::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<DateFormat> knownValues() {
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

package dev.cortexflow.model.internal;

import dev.cortexflow.model.Vocabulary;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Shared look-up for the vocabulary value types: known values are interned constants. */
public final class Vocabularies {

  private Vocabularies() {}

  /** Returns the known constant with this value, or a new value made by {@code create}. */
  public static <T extends Vocabulary> T lookup(List<T> known, String value, Function<String, T> create) {
    Objects.requireNonNull(value, "value");
    for (T candidate : known) {
      if (candidate.value().equals(value)) {
        return candidate;
      }
    }
    return create.apply(value);
  }

  /**
   * Whether {@code value} is one of the known constants. Compares the values, not the records: a record's generated
   * {@code equals} links method handles on its first call, which every command would pay for at start.
   */
  public static <T extends Vocabulary> boolean isKnown(List<T> known, T value) {
    for (T candidate : known) {
      if (candidate.value().equals(value.value())) {
        return true;
      }
    }
    return false;
  }
}

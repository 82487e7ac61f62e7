package dev.cortexflow.model;

import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * Who may run an entity-scoped workflow on an entity ({@code filter.ownershipScope}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record OwnershipScope(String value) implements Vocabulary {

  /** {@code ALL}. */
  public static final OwnershipScope ALL = new OwnershipScope("ALL");

  /** {@code OWNER}. */
  public static final OwnershipScope OWNER = new OwnershipScope("OWNER");

  /** {@code EDITOR}. */
  public static final OwnershipScope EDITOR = new OwnershipScope("EDITOR");

  private static final List<OwnershipScope> KNOWN = List.of(ALL, OWNER, EDITOR);

  /** Creates a value; prefer the constants. */
  public OwnershipScope {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static OwnershipScope of(String value) {
    return Vocabularies.lookup(KNOWN, value, OwnershipScope::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<OwnershipScope> knownValues() {
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

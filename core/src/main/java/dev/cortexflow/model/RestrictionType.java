package dev.cortexflow.model;

import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The kind of principal in a run restriction ({@code runRestrictionPolicies[].type}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record RestrictionType(String value) implements Vocabulary {

  /** {@code USER}. */
  public static final RestrictionType USER = new RestrictionType("USER");

  /** {@code TEAM}. */
  public static final RestrictionType TEAM = new RestrictionType("TEAM");

  /** {@code CUSTOM_ROLE}. */
  public static final RestrictionType CUSTOM_ROLE = new RestrictionType("CUSTOM_ROLE");

  private static final List<RestrictionType> KNOWN = List.of(USER, TEAM, CUSTOM_ROLE);

  /** Creates a value; prefer the constants. */
  public RestrictionType {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static RestrictionType of(String value) {
    return Vocabularies.lookup(KNOWN, value, RestrictionType::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<RestrictionType> knownValues() {
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

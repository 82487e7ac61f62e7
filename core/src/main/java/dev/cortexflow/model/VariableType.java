package dev.cortexflow.model;

import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The type of a workflow variable ({@code variables[].type}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record VariableType(String value) implements Vocabulary {

  /** {@code STRING}. */
  public static final VariableType STRING = new VariableType("STRING");

  /** {@code NUMBER}. */
  public static final VariableType NUMBER = new VariableType("NUMBER");

  /** {@code BOOLEAN}. */
  public static final VariableType BOOLEAN = new VariableType("BOOLEAN");

  /** {@code OBJECT}. */
  public static final VariableType OBJECT = new VariableType("OBJECT");

  /** {@code ARRAY_OF_STRING}. */
  public static final VariableType ARRAY_OF_STRING = new VariableType("ARRAY_OF_STRING");

  /** {@code ARRAY_OF_NUMBER}. */
  public static final VariableType ARRAY_OF_NUMBER = new VariableType("ARRAY_OF_NUMBER");

  /** {@code ARRAY_OF_BOOLEAN}. */
  public static final VariableType ARRAY_OF_BOOLEAN = new VariableType("ARRAY_OF_BOOLEAN");

  /** {@code ARRAY_OF_OBJECT}. */
  public static final VariableType ARRAY_OF_OBJECT = new VariableType("ARRAY_OF_OBJECT");

  private static final List<VariableType> KNOWN = List.of(STRING, NUMBER, BOOLEAN, OBJECT, ARRAY_OF_STRING, ARRAY_OF_NUMBER, ARRAY_OF_BOOLEAN, ARRAY_OF_OBJECT);

  /** Creates a value; prefer the constants. */
  public VariableType {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static VariableType of(String value) {
    return Vocabularies.lookup(KNOWN, value, VariableType::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<VariableType> knownValues() {
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

package dev.cortexflow.model.block;

/**
 * Whether a block field must be in a descriptor. A final class with three constants rather than an enum, as every
 * vocabulary of the model is.
 */
public final class Presence {
  /** The server requires the key: absent is a MISSING_FIELD ERROR (a nullable kind may hold {@code null}). */
  public static final Presence REQUIRED = new Presence("required");
  /** The OpenAPI marks it required but the server fills it in (spec section 8): it may be absent, it is written. */
  public static final Presence DEFAULTED = new Presence("defaulted");
  /** Optional: written only when it holds a value. */
  public static final Presence OPTIONAL = new Presence("optional");

  private final String name;

  private Presence(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return name;
  }
}

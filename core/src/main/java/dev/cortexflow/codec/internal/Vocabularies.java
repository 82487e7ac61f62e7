package dev.cortexflow.codec.internal;

/** Discriminator values that need a word of their own; the known ones are the tables' rows. */
final class Vocabularies {
  /** In the OpenAPI's enum but without a schema: kept as a custom input with a warning. */
  static final String NESTED_FORM_FIELD = "NESTED_FORM_FIELD";

  private Vocabularies() {}
}

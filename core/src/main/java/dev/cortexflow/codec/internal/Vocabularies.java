package dev.cortexflow.codec.internal;

import java.util.List;

/** The discriminator values cortexflow knows, in the OpenAPI's order. */
final class Vocabularies {
  static final List<String> INPUT_TYPES = List.of("INPUT_FIELD", "TEXTAREA_FIELD", "SELECT_FIELD",
      "MULTISELECT_FIELD", "TOGGLE_FIELD", "CORTEX_ENTITY_FIELD", "CORTEX_USER_FIELD", "SLACK_FIELD", "SECRET_FIELD",
      "NUMBER_FIELD", "DATE_FIELD");
  /** In the OpenAPI's enum but without a schema: kept as a custom input with a warning. */
  static final String NESTED_FORM_FIELD = "NESTED_FORM_FIELD";

  private Vocabularies() {}
}

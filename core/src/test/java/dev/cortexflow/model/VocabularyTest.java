package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.NumberFormat;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void of_returns_the_constant_for_a_known_value() {
    assertThat(HttpMethod.of("POST")).isSameAs(HttpMethod.POST);
    assertThat(OwnershipScope.of("OWNER")).isSameAs(OwnershipScope.OWNER);
    assertThat(VariableType.of("ARRAY_OF_OBJECT")).isSameAs(VariableType.ARRAY_OF_OBJECT);
    assertThat(RestrictionType.of("CUSTOM_ROLE")).isSameAs(RestrictionType.CUSTOM_ROLE);
    assertThat(Urgency.of("LOW")).isSameAs(Urgency.LOW);
    assertThat(NumberFormat.of("DECIMAL")).isSameAs(NumberFormat.DECIMAL);
    assertThat(DateFormat.of("DATETIME")).isSameAs(DateFormat.DATETIME);
  }

  @Test
  void an_unknown_value_is_kept_as_written_and_is_not_known() {
    // when
    HttpMethod method = HttpMethod.of("post");

    // then
    assertThat(method.value()).isEqualTo("post");
    assertThat(method.isKnown()).isFalse();
    assertThat(method).isNotEqualTo(HttpMethod.POST).hasToString("post");
    assertThat(HttpMethod.POST.isKnown()).isTrue();
  }

  @Test
  void known_values_follow_the_documentation_order() {
    assertThat(VariableType.knownValues()).extracting(VariableType::value).containsExactly("STRING", "NUMBER",
        "BOOLEAN", "OBJECT", "ARRAY_OF_STRING", "ARRAY_OF_NUMBER", "ARRAY_OF_BOOLEAN", "ARRAY_OF_OBJECT");
    assertThat(OwnershipScope.knownValues()).extracting(OwnershipScope::value).containsExactly("ALL", "OWNER",
        "EDITOR");
  }

  @Test
  void a_null_value_is_rejected_with_the_parameter_name() {
    assertThatNullPointerException().isThrownBy(() -> HttpMethod.of(null)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> new Urgency(null)).withMessage("value");
  }
}

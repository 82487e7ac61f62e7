package dev.cortexflow.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The flags of form fields and overrides that a descriptor may leave out are {@code false}, as Cortex documents
 * them; and the open vocabularies list the values Cortex accepts, in its documentation's order.
 */
class FlagDefaultsTest {

  @Test
  void every_flag_left_out_of_a_form_field_or_an_override_is_false() {
    EntityInput entity = EntityInput.builder().key("e").name("E").build();

    assertThat(entity.allowMultiple()).isFalse();
    assertThat(entity.shouldDisplayOptionsAsHierarchy()).isFalse();
    assertThat(UserPickerInput.builder().key("u").name("U").build().allowMultiple()).isFalse();
    assertThat(SlackInput.builder().key("s").name("S").build().allowMultiple()).isFalse();
    assertThat(SelectInput.builder().key("s").name("S").addOptions("a").build().allowAdditionalOptions()).isFalse();
    assertThat(SecretInput.builder().key("p").name("P").build().disabled()).isFalse();
    assertThat(ImmutableValueOverride.builder().inputKey("k").outputVariable("variables.v").build().editable())
        .isFalse();
  }

  @Test
  void the_known_http_methods_and_urgencies_are_those_cortex_accepts() {
    assertThat(HttpMethod.knownValues()).extracting(HttpMethod::toString)
        .containsExactly("GET", "POST", "PUT", "DELETE", "PATCH");
    assertThat(Urgency.knownValues()).extracting(Urgency::toString).containsExactly("HIGH", "LOW");
  }
}

package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputStringsTest {

  @Test
  void every_input_value_kind_either_holds_text_or_is_listed_as_holding_none() {
    assertThat(InputStrings.coversEveryKind()).isTrue();
  }
}

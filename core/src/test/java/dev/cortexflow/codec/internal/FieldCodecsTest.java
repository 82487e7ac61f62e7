package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldCodecsTest {

  @Test
  void everyFieldKindOfTheDescriptorTableHasACodec() {
    assertThat(FieldCodecs.coversEveryKind()).isTrue();
  }
}

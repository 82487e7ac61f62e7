package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApplyOptionsTest {

  @Test
  void one_to_sixteen_writers_are_accepted() {
    assertThat(ApplyOptions.defaults().withConcurrency(1).concurrency()).isEqualTo(1);
    assertThat(ApplyOptions.defaults().withConcurrency(16).concurrency()).isEqualTo(16);
  }

  @Test
  void no_writer_or_more_than_sixteen_are_refused_with_the_range() {
    assertThatIllegalArgumentException().isThrownBy(() -> ApplyOptions.defaults().withConcurrency(0))
        .withMessage("concurrency 0 is not valid: use 1 to 16");
    assertThatIllegalArgumentException().isThrownBy(() -> ApplyOptions.defaults().withConcurrency(17))
        .withMessage("concurrency 17 is not valid: use 1 to 16");
  }
}

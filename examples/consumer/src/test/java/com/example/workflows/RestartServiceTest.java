package com.example.workflows;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;

import org.junit.jupiter.api.Test;

class RestartServiceTest {

  @Test
  void every_restart_is_approved_before_it_is_announced() {
    assertThat(new RestartService().workflow())
        .isValid()
        .everyPathPasses("approve")
        .runsBefore("approve", "announce");
  }
}

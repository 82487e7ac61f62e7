package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackIdsTest {
  @Test
  void round_trips_run_and_block() {
    String id = CallbackIds.encode("run-000007", "wait-deploy");

    assertThat(id).isEqualTo("cnVuLTAwMDAwNyN3YWl0LWRlcGxveQ");
    assertThat(CallbackIds.decode(id)).contains(new CallbackIds.Target("run-000007", "wait-deploy"));
  }

  @Test
  void refuses_garbage() {
    assertThat(CallbackIds.decode("!!")).isEmpty();
    assertThat(CallbackIds.decode(CallbackIds.encode("run", "").replace("=", ""))).isEmpty();
  }
}

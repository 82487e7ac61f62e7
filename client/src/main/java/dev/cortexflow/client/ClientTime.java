package dev.cortexflow.client;

import dev.cortexflow.client.http.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/** The client's clock and sleeper, replaced together in tests. */
record ClientTime(LongSupplier nanoClock, Sleeper sleeper) {

  static final ClientTime SYSTEM = new ClientTime(System::nanoTime, Sleeper.SYSTEM);

  long nanoTime() {
    return nanoClock.getAsLong();
  }

  void sleep(Duration duration, String method, String path) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CortexApiException.Unreachable(method, path, "interrupted", true, null);
    }
  }
}

package dev.cortexflow.client;

import dev.cortexflow.client.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A clock that only moves when someone sleeps; records every sleep. */
final class FakeTime implements Sleeper, LongSupplier {

  private long nanos = 1_000_000_000L;
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  @Override
  public synchronized long getAsLong() {
    return nanos;
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}

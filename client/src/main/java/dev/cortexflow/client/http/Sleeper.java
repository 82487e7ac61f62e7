package dev.cortexflow.client.http;

import java.time.Duration;

/** Waits; replaced in tests so that backoff and rate limiting never sleep for real. */
@FunctionalInterface
public interface Sleeper {

  /** The real thing. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}

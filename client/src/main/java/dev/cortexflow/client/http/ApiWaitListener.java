package dev.cortexflow.client.http;

/**
 * Told of every wait of a client before it sends a request (rate limit, {@code Retry-After}, backoff), so that a
 * progress display can say why nothing moves. Called on the thread that waits, before it waits; must be
 * thread-safe and quick.
 */
@FunctionalInterface
public interface ApiWaitListener {

  /** Tells nobody. */
  ApiWaitListener NONE = wait -> { };

  /** The client is about to wait {@code wait.duration()}. */
  void onWait(ApiWait wait);
}

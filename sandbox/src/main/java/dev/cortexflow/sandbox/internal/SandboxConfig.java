package dev.cortexflow.sandbox.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a sandbox is started with. Built by {@code CortexSandbox.Builder}; not part of the public API.
 *
 * @param port the port to bind on the loopback interface, 0 for a free one
 * @param dataDirectory where workflows are persisted, empty for memory only
 * @param token the only accepted bearer token, empty to accept any non-empty token
 * @param rateLimit at most this many requests per {@code rateWindow}, 0 for no limit
 * @param faults injected failures
 * @param directory the Teams and Secrets
 * @param runningPolls how many run look-ups report RUNNING before a new run proceeds
 * @param threads request handler threads
 * @param clock what async-block timeouts are measured by
 */
public record SandboxConfig(
    int port,
    Optional<Path> dataDirectory,
    Optional<String> token,
    int rateLimit,
    Duration rateWindow,
    Faults faults,
    Directory directory,
    int runningPolls,
    int threads,
    java.time.Clock clock) {

  /**
   * Injected failures, by 1-based request number (every request counts, also rejected ones).
   *
   * @param fail requests answered 500
   * @param failEvery every n-th request answered 500, 0 for none
   * @param drop requests whose connection is closed without an answer
   * @param dropEvery every n-th request dropped, 0 for none
   * @param lose requests handled but whose answer is lost (connection closed instead)
   * @param loseEvery every n-th request handled and its answer lost, 0 for none
   * @param throttle requests answered 429
   * @param throttleEvery every n-th request answered 429, 0 for none
   * @param retryAfterSeconds the Retry-After of injected 429s
   * @param delay added before every request is handled
   */
  public record Faults(
      Set<Integer> fail,
      int failEvery,
      Set<Integer> drop,
      int dropEvery,
      Set<Integer> lose,
      int loseEvery,
      Set<Integer> throttle,
      int throttleEvery,
      int retryAfterSeconds,
      Duration delay) {

    public static Faults none() {
      return new Faults(Set.of(), 0, Set.of(), 0, Set.of(), 0, Set.of(), 0, 1, Duration.ZERO);
    }

    boolean fails(long n) {
      return fail.contains((int) n) || (failEvery > 0 && n % failEvery == 0);
    }

    boolean drops(long n) {
      return drop.contains((int) n) || (dropEvery > 0 && n % dropEvery == 0);
    }

    boolean loses(long n) {
      return lose.contains((int) n) || (loseEvery > 0 && n % loseEvery == 0);
    }

    boolean throttles(long n) {
      return throttle.contains((int) n) || (throttleEvery > 0 && n % throttleEvery == 0);
    }
  }
}

package dev.cortexflow.cli.internal;

import dev.cortexflow.client.http.ApiWait;
import dev.cortexflow.client.http.ApiWaitListener;
import java.time.Duration;

/**
 * Shows the client's waits and counts its retries. On a terminal every wait is shown on the progress line
 * ({@code [999/1000] created x - waiting 48 s for the API rate limit (1,000/min)}); otherwise a wait longer than
 * {@link #SHOWN_FROM} is one line on stderr. Nothing with {@code --quiet}. Safe to call from several threads.
 */
public final class ApiActivity implements ApiWaitListener {

  /** The shortest wait printed as a line when stdout is no terminal. */
  public static final Duration SHOWN_FROM = Duration.ofSeconds(1);

  private final Output output;
  private final RetryTally retries = new RetryTally();

  /** Shows waits on {@code output}. */
  public ApiActivity(Output output) {
    this.output = output;
  }

  @Override
  public void onWait(ApiWait wait) {
    retries.onWait(wait);
    if (output.quiet() || wait.duration().isZero()) {
      return;
    }
    if (output.context().interactive()) {
      output.note(wait.text());
    } else if (wait.duration().compareTo(SHOWN_FROM) > 0) {
      output.error(wait.text());
    }
  }

  /** The retries counted so far. */
  public RetryTally retries() {
    return retries;
  }

  /** How many requests were sent more than once. */
  public int requestsRetried() {
    return retries.requestsRetried();
  }

  /** {@code , 3 requests retried} to end a summary line with; empty when none was. */
  public String retriedSuffix() {
    return retries.suffix();
  }

  /** {@code 3 requests retried} ({@code 1 request retried}); {@code 0 requests retried} when none was. */
  public String retriedText() {
    return retries.text();
  }
}

package dev.cortexflow.cli.internal;

import dev.cortexflow.client.http.ApiWait;
import dev.cortexflow.client.http.ApiWaitListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows the client's waits and counts its retries. On a terminal every wait is shown on the progress line
 * ({@code [999/1000] created x - waiting 48 s for the API rate limit (1,000/min)}); otherwise a wait longer than
 * {@link #SHOWN_FROM} is one line on stderr. Nothing with {@code --quiet}. Safe to call from several threads.
 */
public final class ApiActivity implements ApiWaitListener {

  /** The shortest wait printed as a line when stdout is no terminal. */
  public static final Duration SHOWN_FROM = Duration.ofSeconds(1);

  private final Output output;
  private final AtomicInteger retried = new AtomicInteger();

  /** Shows waits on {@code output}. */
  public ApiActivity(Output output) {
    this.output = output;
  }

  @Override
  public void onWait(ApiWait wait) {
    if (wait.isFirstRetry()) {
      retried.incrementAndGet();
    }
    if (output.quiet() || wait.duration().isZero()) {
      return;
    }
    if (output.context().interactive()) {
      output.note(wait.text());
    } else if (wait.duration().compareTo(SHOWN_FROM) > 0) {
      output.error(wait.text());
    }
  }

  /** How many requests were sent more than once. */
  public int requestsRetried() {
    return retried.get();
  }

  /** {@code , 3 requests retried} to end a summary line with; empty when none was. */
  public String retriedSuffix() {
    int n = retried.get();
    return n == 0 ? "" : ", " + retriedText();
  }

  /** {@code 3 requests retried} ({@code 1 request retried}); {@code 0 requests retried} when none was. */
  public String retriedText() {
    return Plural.of(retried.get(), "request") + " retried";
  }
}

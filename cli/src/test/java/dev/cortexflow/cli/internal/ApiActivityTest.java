package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.http.ApiWait;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ApiActivityTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Output output(boolean interactive, boolean quiet) {
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of(), Path.of(""),
        interactive);
    return new Output(context, new Secrets(), quiet, false);
  }

  private static ApiWait limit(Duration d) {
    return new ApiWait(ApiWait.Reason.RATE_LIMIT, d, "POST", "/api/v1/workflows", 1, 6, "1,000/min",
        OptionalInt.empty());
  }

  private static ApiWait retry(ApiWait.Reason reason, Duration d, int attempt) {
    return new ApiWait(reason, d, "POST", "/api/v1/workflows", attempt, 6, "1,000/min", OptionalInt.of(503));
  }

  @Test
  void on_a_terminal_shows_a_wait_on_the_progress_line_until_the_next_step_replaces_it() {
    Output output = output(true, false);
    Progress progress = output.progress();
    ApiActivity activity = new ApiActivity(output);

    progress.step(999, 1000, "created load-0999");
    activity.onWait(limit(Duration.ofMillis(47_200)));
    progress.step(1000, 1000, "created load-1000");
    progress.finish();

    assertThat(out.toString()).isEqualTo("\r\033[K[999/1000] created load-0999"
        + "\r\033[K[999/1000] created load-0999 - waiting 48 s for the API rate limit (1,000/min)"
        + "\r\033[K[1000/1000] created load-1000\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void on_a_terminal_a_wait_shown_last_leaves_the_last_step_on_the_line() {
    Output output = output(true, false);
    Progress progress = output.progress();

    progress.step(1, 2, "created a");
    new ApiActivity(output).onWait(retry(ApiWait.Reason.RETRY_AFTER, Duration.ofSeconds(5), 2));
    progress.finish();

    assertThat(out.toString()).endsWith("(attempt 2 of 6, after status 503)\r\033[K[1/2] created a\n");
  }

  @Test
  void on_a_terminal_a_wait_before_any_progress_is_cleared_before_the_next_line() {
    Output output = output(true, false);

    new ApiActivity(output).onWait(limit(Duration.ofSeconds(3)));
    output.result("Plan: 1 to create");

    assertThat(out.toString()).isEqualTo("\r\033[Kwaiting 3 s for the API rate limit (1,000/min)\r\033[K"
        + "Plan: 1 to create\n");
  }

  @Test
  void without_a_terminal_prints_only_waits_longer_than_a_second_as_lines_on_stderr() {
    ApiActivity activity = new ApiActivity(output(false, false));

    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ofMillis(400), 2));
    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ofSeconds(1), 3));
    activity.onWait(limit(Duration.ofMillis(1_001)));

    assertThat(err.toString()).isEqualTo("waiting 1.1 s for the API rate limit (1,000/min)\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void with_quiet_shows_no_wait_but_still_counts_the_retries() {
    ApiActivity activity = new ApiActivity(output(false, true));

    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ofSeconds(4), 2));

    assertThat(out.toString() + err.toString()).isEmpty();
    assertThat(activity.retriedText()).isEqualTo("1 request retried");
  }

  @Test
  void counts_each_retried_request_once_however_often_it_was_retried() {
    ApiActivity activity = new ApiActivity(output(false, false));
    assertThat(activity.retriedSuffix()).isEmpty();

    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ZERO, 2));
    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ZERO, 3));
    activity.onWait(retry(ApiWait.Reason.RETRY_AFTER, Duration.ZERO, 2));
    activity.onWait(limit(Duration.ZERO));
    activity.onWait(retry(ApiWait.Reason.BACKOFF, Duration.ZERO, 2));

    assertThat(activity.requestsRetried()).isEqualTo(3);
    assertThat(activity.retriedSuffix()).isEqualTo(", 3 requests retried");
  }
}

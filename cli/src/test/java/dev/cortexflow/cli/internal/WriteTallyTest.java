package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.sync.SyncOutcome;
import dev.cortexflow.client.sync.SyncResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteTallyTest {

  private final StringWriter out = new StringWriter();
  private final Output output = new Output(
      new CliContext(new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of(), Path.of(""), false),
      new Secrets(), false, false);

  @Test
  void counts_what_was_written_and_what_was_in_flight_when_interrupted() {
    WriteTally tally = new WriteTally(output.progress());
    for (int i = 1; i <= 72; i++) {
      tally.onStart("flow-" + i, 200);
    }
    for (int i = 1; i <= 68; i++) {
      tally.onResult(i, 200, new SyncResult("flow-" + i, SyncOutcome.CREATED, Optional.empty()));
    }

    assertThat(tally.interrupt()).isEqualTo("interrupted: 68 written, 4 in flight; run push again to converge");
    assertThat(out.toString()).endsWith("[68/200] created flow-68\n");
  }

  @Test
  void names_the_failed_writes_apart_and_shows_nothing_after_the_interruption() {
    WriteTally tally = new WriteTally(output.progress());
    tally.onStart("a", 3);
    tally.onStart("b", 3);
    tally.onStart("c", 3);
    tally.onResult(1, 3, new SyncResult("a", SyncOutcome.FAILED, Optional.of("[500] POST /api/v1/workflows: boom")));

    String line = tally.interrupt();
    tally.onResult(2, 3, new SyncResult("b", SyncOutcome.UPDATED, Optional.empty()));

    assertThat(line).isEqualTo("interrupted: 0 written, 1 failed, 2 in flight; run push again to converge");
    assertThat(out.toString()).doesNotContain("[2/3]");
  }
}

package dev.cortexflow.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Secrets;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.codec.WorkflowReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a push interrupted by Ctrl-C prints: its shutdown hook, run while the writes are under way. */
class PushInterruptTest {

  private static final String FLOW = """
      name: Flow
      tag: TAG
      isDraft: false
      filter:
        type: GLOBAL
      actions:
      - name: Notify
        slug: notify
        schema:
          type: SLACK
          channel: deploys
          message: deployed
        outgoingActions: []
        isRootAction: true
      """;

  /** Registers like the JVM, but lets the test run the hook when it chooses. */
  private static final class Hooks implements PushCommand.ShutdownHooks {
    final List<Thread> added = new ArrayList<>();
    final List<Thread> removed = new ArrayList<>();

    @Override
    public void add(Thread hook) {
      added.add(hook);
    }

    @Override
    public void remove(Thread hook) {
      removed.add(hook);
    }
  }

  @Test
  void an_interrupted_push_says_what_was_written_and_shows_no_progress_after_that() {
    Hooks hooks = new Hooks();
    StringWriter err = new StringWriter();
    // stdout that "presses Ctrl-C" as soon as the third write is shown
    StringWriter out = new StringWriter() {
      @Override
      public void write(String text, int offset, int length) {
        super.write(text, offset, length);
        if (text.startsWith("[3/5]", offset)) {
          hooks.added.get(0).run();
        }
      }
    };
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of(), Path.of(""), false);
    Output output = new Output(context, new Secrets(), false, false);
    try (CortexSandbox sandbox = CortexSandbox.builder().token("t0ken").build().start()) {
      SyncEngine engine = SyncEngine.using(CortexClient.builder().baseUrl(sandbox.url()).token(() -> "t0ken").build());
      List<Workflow> flows = IntStream.rangeClosed(1, 5)
          .mapToObj(i -> WorkflowReader.read(FLOW.replace("TAG", "flow-" + i), "flow-" + i + ".yaml").workflow())
          .toList();
      SyncPlan plan = Plans.plan(engine, flows, null);

      PushCommand.apply(engine, plan, output, ApplyOptions.defaults().withConcurrency(1), hooks, () -> "");
    }

    assertThat(out.toString()).startsWith("[1/5] created flow-1\n[2/5] created flow-2\n[3/5] created flow-3\n")
        .doesNotContain("[4/5]");
    assertThat(err.toString()).startsWith("interrupted: 3 written, 0 in flight; run push again to converge\n");
    assertThat(hooks.removed).containsExactlyElementsOf(hooks.added);
  }
}

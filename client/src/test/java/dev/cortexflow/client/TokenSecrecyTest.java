package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.ProgressListener;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.sandbox.CortexSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSecrecyTest {

  private static final String TOKEN = "cfx-secret-9d8e7f6a5b4c";
  private static final String WRONG = "cfx-wrong-1a2b3c4d5e6f";

  @Test
  void the_token_appears_in_no_output_message_or_log() {
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    StringBuilder captured = new StringBuilder();
    try (CortexSandbox sandbox = CortexSandbox.builder().token(TOKEN).build().start()) {
      PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
      System.setOut(both);
      System.setErr(both);
      // given
      CortexClient good = CortexClient.builder().baseUrl(sandbox.url()).token(() -> TOKEN).build();
      CortexClient bad = CortexClient.builder().baseUrl(sandbox.url()).token(() -> WRONG)
          .retryPolicy(RetryPolicy.none()).build();
      SyncEngine sync = SyncEngine.using(good);
      List<Workflow> local = SandboxEndToEndTest.fleet("secret-", 5);
      List<String> progress = new ArrayList<>();

      // when: everything a user sees on success
      SyncPlan plan = sync.plan(local);
      SyncReport report = sync.apply(plan, ApplyOptions.defaults()
          .withListener((done, total, r) -> progress.add(ProgressListener.line(done, total, r))));
      captured.append(plan.toText()).append(plan.toJson()).append(report.toJson()).append(report.summary())
          .append(progress).append(good).append(good.listWorkflows(WorkflowQuery.all().withActions()));

      // when: and on failure
      Throwable failure = catchThrowable(() -> bad.listWorkflows(WorkflowQuery.all()));
      SyncReport failed = SyncEngine.using(bad).apply(plan, ApplyOptions.defaults());
      ByteArrayOutputStream trace = new ByteArrayOutputStream();
      failure.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
      captured.append(failure).append(trace.toString(StandardCharsets.UTF_8)).append(failed.toJson()).append(bad);

      // then
      assertThat(failure).isInstanceOfAny(CortexApiException.Unauthorized.class, CortexApiException.Forbidden.class);
      assertThat(failed.toJson()).contains("\"outcome\" : \"failed\"");
    } finally {
      System.setOut(realOut);
      System.setErr(realErr);
    }
    captured.append(console.toString(StandardCharsets.UTF_8));
    assertThat(captured.toString()).doesNotContain(TOKEN).doesNotContain(WRONG);
  }
}

package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncOutcome;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.sandbox.CortexSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyncFaultToleranceTest {

  @Test
  void two_hundred_workflows_converge_through_429s_500s_and_dropped_connections() {
    try (CortexSandbox sandbox = CortexSandbox.builder().throttleEveryNthRequest(7).failEveryNthRequest(11)
        .dropEveryNthRequest(13).retryAfterSeconds(2).build().start()) {
      // given
      FakeTime time = new FakeTime();
      CortexClient client = CortexClient.builder().baseUrl(sandbox.url()).token(() -> "t")
          .retryPolicy(new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(1)))
          .time(time, time).random(new Random(1)).build();
      SyncEngine sync = SyncEngine.using(client);
      List<Workflow> local = SandboxEndToEndTest.fleet("fault-", 200);

      // when
      SyncReport report = sync.apply(sync.plan(local), ApplyOptions.defaults());

      // then: every write succeeded, waits were honoured without sleeping for real
      assertThat(report.isSuccess()).as(report.toJson()).isTrue();
      assertThat(report.count(SyncOutcome.CREATED)).isEqualTo(200);
      assertThat(time.sleeps()).contains(Duration.ofSeconds(2));
      assertThat(time.sleeps()).allMatch(d -> d.compareTo(Duration.ofSeconds(2)) <= 0);

      // then: the live state equals the local one, nothing duplicated or lost
      assertThat(client.listWorkflows(WorkflowQuery.all())).extracting(WorkflowSummary::tag)
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(local.stream().map(Workflow::tag).toList());
      SyncPlan after = sync.plan(local);
      assertThat(after.hasDifferences()).as(after.toText()).isFalse();
      assertThat(sandbox.workflowCount()).isEqualTo(200);
    }
  }
}

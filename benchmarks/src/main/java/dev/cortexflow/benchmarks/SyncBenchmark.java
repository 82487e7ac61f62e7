package dev.cortexflow.benchmarks;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.client.sync.SyncScope;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.sandbox.CortexSandbox;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sync against the in-process sandbox: a no-op sync of N workflows (plan + apply, nothing to write) and a first
 * push of N. Request counts are printed at tear-down: a no-op sync must make exactly 1 request and 0 writes, a
 * first push at most N + 1.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyncBenchmark {

  static List<Workflow> fleet(int count) {
    return IntStream.range(0, count).mapToObj(SyncBenchmark::workflow).toList();
  }

  static Workflow workflow(int i) {
    String tag = "bench-" + i;
    return Workflow.builder().name("Deploy " + i).tag(tag).description("Benchmark workflow " + i)
        .filter(GlobalFilter.of())
        .addVariables(Variable.of("environment", VariableType.STRING))
        .addActions(Block.builder().name("Approve").slug("approve").isRootAction(true)
            .schema(ManualApproval.builder().addApprovingTeamIds("platform").build())
            .addOutgoingActions("deploy").build())
        .addActions(Block.builder().name("Deploy").slug("deploy")
            .schema(HttpRequest.builder().url("https://deploy.example.com/" + tag).httpMethod(HttpMethod.POST)
                .putHeader("Content-Type", "application/json")
                .payload("{\"service\": \"" + tag + "\", \"env\": \"{{variables.environment}}\"}").build())
            .addOutgoingActions("notify").build())
        .addActions(Block.builder().name("Notify").slug("notify")
            .schema(HttpRequest.builder().url("https://chat.example.com/hooks/deploys").httpMethod(HttpMethod.POST)
                .payload("Deployed " + tag).build())
            .build())
        .build();
  }

  static CortexClient client(CortexSandbox sandbox) {
    return CortexClient.builder().baseUrl(sandbox.url()).token(() -> "bench-token")
        .requestsPerMinute(1_000_000).build();
  }

  /** A sandbox that already holds the N workflows. */
  @State(Scope.Benchmark)
  public static class Synced {
    @Param({"1000"})
    int workflows;

    CortexSandbox sandbox;
    SyncEngine sync;
    List<Workflow> local;
    long mark;
    int runs;

    @Setup(Level.Trial)
    public void setUp() {
      sandbox = CortexSandbox.builder().build().start();
      sync = SyncEngine.using(client(sandbox));
      local = fleet(workflows);
      SyncReport first = sync.apply(sync.plan(local), ApplyOptions.defaults());
      if (!first.isSuccess()) {
        throw new IllegalStateException(first.summary());
      }
      mark = sandbox.requestCount();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      long requests = sandbox.requestCount() - mark;
      System.out.printf("%nno-op sync of %d: %d runs, %d requests (%.1f per run)%n", workflows, runs, requests,
          runs == 0 ? 0.0 : (double) requests / runs);
      sandbox.close();
    }
  }

  /** An empty sandbox for each iteration. */
  @State(Scope.Benchmark)
  public static class Empty {
    @Param({"1000"})
    int workflows;

    CortexSandbox sandbox;
    SyncEngine sync;
    List<Workflow> local;

    @Setup(Level.Iteration)
    public void setUp() {
      sandbox = CortexSandbox.builder().build().start();
      sync = SyncEngine.using(client(sandbox));
      local = fleet(workflows);
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
      System.out.printf("%nfirst push of %d: %d requests, %d stored%n", workflows, sandbox.requestCount(),
          sandbox.workflowCount());
      sandbox.close();
    }
  }

  /** Plan and apply when nothing changed: one list request, no writes. */
  @Benchmark
  public SyncReport noOpSync(Synced state) {
    state.runs++;
    SyncReport report = state.sync.apply(state.sync.plan(state.local, SyncScope.tagPrefix("bench-")),
        ApplyOptions.defaults());
    if (report.count(dev.cortexflow.client.sync.SyncOutcome.UNCHANGED) != state.workflows) {
      throw new IllegalStateException("not a no-op: " + report.summary());
    }
    return report;
  }

  /** Plan and apply into an empty workspace. */
  @Benchmark
  public SyncReport firstPush(Empty state) {
    return state.sync.apply(state.sync.plan(state.local), ApplyOptions.defaults());
  }
}

package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * YAML codec time: writing and reading one 2,000-block workflow, and writing then reading 1,000 workflows of 50
 * blocks. Models and texts are made once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CodecBenchmark {
  private Workflow large;
  private String largeYaml;
  private List<Workflow> small;

  @Setup(Level.Trial)
  public void build() {
    large = CodecWorkflows.chain("large", 2_000);
    largeYaml = WorkflowYaml.write(large);
    small = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      small.add(CodecWorkflows.chain("small-" + i, 50));
    }
    ReadResult back = WorkflowYaml.read(largeYaml);
    if (back.hasErrors() || !back.workflow().equals(large)) {
      throw new IllegalStateException("the benchmark workflow does not round-trip: " + back.violations());
    }
  }

  @Benchmark
  public String write2000Blocks() {
    return WorkflowYaml.write(large);
  }

  @Benchmark
  public ReadResult read2000Blocks() {
    return WorkflowYaml.read(largeYaml);
  }

  @Benchmark
  public void writeAndRead1000WorkflowsOf50Blocks(Blackhole hole) {
    for (Workflow w : small) {
      hole.consume(WorkflowYaml.read(WorkflowYaml.write(w)));
    }
  }
}

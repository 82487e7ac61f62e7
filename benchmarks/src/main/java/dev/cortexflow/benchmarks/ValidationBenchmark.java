package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.ValidationReport;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-workflow validation time: a chain, a branchy and a wide workflow (see {@link ValidationWorkflows}) of
 * 10,000 and 20,000 blocks (doubling the blocks must not more than double the time), and 1,000 workflows of 50
 * blocks. Workflows are built once per
 * trial; only {@code validate} is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

  @Param({"10000", "20000"})
  public int blocks;

  private Workflow chain;
  private Workflow branchy;
  private Workflow wide;
  private List<Workflow> small;

  @Setup(Level.Trial)
  public void build() {
    chain = ValidationWorkflows.chain("chain", blocks);
    branchy = ValidationWorkflows.branchy("branchy", blocks);
    wide = ValidationWorkflows.wide("wide", blocks);
    small = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      small.add(ValidationWorkflows.chain("small-" + i, 50));
    }
    check(chain, 0);
    check(branchy, blocks / 4);
    check(wide, (blocks - 2) / 3);
  }

  /** Fails the run if a benchmark workflow is not what it claims to be. */
  private static void check(Workflow workflow, int warnings) {
    ValidationReport report = WorkflowValidator.standard().validate(workflow);
    if (report.hasErrors() || report.warnings().size() != warnings) {
      throw new IllegalStateException("unexpected report for " + workflow.tag() + ": "
          + report.violations().subList(0, Math.min(3, report.violations().size())));
    }
  }

  @Benchmark
  public ValidationReport chain() {
    return WorkflowValidator.standard().validate(chain);
  }

  @Benchmark
  public ValidationReport branchy() {
    return WorkflowValidator.standard().validate(branchy);
  }

  @Benchmark
  public ValidationReport wide() {
    return WorkflowValidator.standard().validate(wide);
  }

  /** 1,000 workflows of 50 blocks (the same for both values of {@code blocks}). */
  @Benchmark
  public void thousandWorkflowsOfFiftyBlocks(Blackhole hole) {
    for (Workflow workflow : small) {
      hole.consume(WorkflowValidator.standard().validate(workflow));
    }
  }
}

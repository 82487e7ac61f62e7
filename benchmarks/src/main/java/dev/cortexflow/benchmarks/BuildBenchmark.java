package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building workflows with the DSL, including the validation {@code build()} runs: one large workflow (5,000,
 * 10,000 and 20,000 blocks, to show that doubling the blocks at most doubles the time), and 1,000 workflows of 50
 * blocks.
 *
 * <pre>
 * mvn -B -q -o -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BuildBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class BuildBenchmark {

  /** The size of the large workflow. */
  @State(Scope.Benchmark)
  public static class Size {
    /** Blocks of the large workflow. */
    @Param({"5000", "10000", "20000"})
    public int blocks;
  }

  /** One workflow of {@code blocks} blocks, built and validated. */
  @Benchmark
  public Workflow buildLargeWorkflow(Size size) {
    return BuildFixtures.build("large", size.blocks);
  }

  /** 1,000 workflows of 50 blocks, built and validated. */
  @Benchmark
  public List<Workflow> buildThousandSmallWorkflows() {
    List<Workflow> out = new ArrayList<>(1000);
    for (int i = 0; i < 1000; i++) {
      out.add(BuildFixtures.build("small-" + i, 50));
    }
    return out;
  }
}

package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.WorkflowValidator;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Companion to {@link ValidationBenchmark} for noisy machines, made to show how validation time grows with the
 * workflow: measures the CPU time of the validating thread (not wall-clock time, which other processes inflate)
 * and the bytes it allocates, for 5,000 to 40,000 blocks. Each shape and size runs in three JVMs of its own (one
 * shape's JIT profile must not slow down the next, and JIT decisions differ from one JVM to the next), each after
 * five seconds of warm-up taking the median of 30 runs; the line shows the median of the three, per block. Run
 * with {@code java -cp benchmarks/target/benchmarks.jar dev.cortexflow.benchmarks.ValidationCpuTime}, or with a
 * shape ({@code chain}, {@code branchy}, {@code wide}) and a size for one case in this JVM.
 */
public final class ValidationCpuTime {

  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final int RUNS = 30;

  private ValidationCpuTime() {}

  /** Prints one line per shape, or with arguments the median milliseconds and bytes of one case. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      measure(args[0], Integer.parseInt(args[1]));
      return;
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    for (String shape : List.of("chain", "branchy", "wide")) {
      StringBuilder line = new StringBuilder(String.format("%-8s", shape));
      for (int size : new int[] {5_000, 10_000, 20_000, 40_000}) {
        double[] nanosPerBlock = new double[3];
        long bytes = 0;
        for (int jvm = 0; jvm < nanosPerBlock.length; jvm++) {
          String[] result = run(java, classPath, shape, size).trim().split(" ");
          nanosPerBlock[jvm] = Double.parseDouble(result[0]) * 1e6 / size;
          bytes = Long.parseLong(result[1]) / size;
        }
        Arrays.sort(nanosPerBlock);
        line.append(String.format("  %,6d blocks: %5.0f ns, %,d B", size, nanosPerBlock[1], bytes));
      }
      System.out.println(line + " per block");
    }
  }

  private static String run(String java, String classPath, String shape, int size) throws Exception {
    Process p = new ProcessBuilder(java, "-Xms2g", "-Xmx2g", "-cp", classPath, ValidationCpuTime.class.getName(),
        shape, Integer.toString(size)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(shape + " " + size + " failed");
    }
    return out;
  }

  private static void measure(String shape, int size) {
    List<Workflow> workflows = new ArrayList<>();
    switch (shape) {
      case "chain" -> workflows.add(ValidationWorkflows.chain("chain", size));
      case "branchy" -> workflows.add(ValidationWorkflows.branchy("branchy", size));
      case "wide" -> workflows.add(ValidationWorkflows.wide("wide", size));
      default -> throw new IllegalArgumentException("shape: chain, branchy or wide");
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUpEnd) {
      validate(workflows);
    }
    double[] millis = new double[RUNS];
    long bytes = 0;
    for (int run = 0; run < RUNS; run++) {
      long allocated = threads.getCurrentThreadAllocatedBytes();
      long start = threads.getCurrentThreadCpuTime();
      validate(workflows);
      millis[run] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      bytes += threads.getCurrentThreadAllocatedBytes() - allocated;
    }
    Arrays.sort(millis);
    System.out.println(millis[RUNS / 2] + " " + bytes / RUNS);
  }

  private static void validate(List<Workflow> workflows) {
    for (Workflow w : workflows) {
      if (WorkflowValidator.standard().validate(w).hasErrors()) {
        throw new IllegalStateException(w.tag() + " has errors");
      }
    }
  }
}

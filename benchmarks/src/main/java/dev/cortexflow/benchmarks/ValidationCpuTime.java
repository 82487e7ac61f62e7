package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.WorkflowValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Companion to {@link ValidationBenchmark} for busy machines: measures the CPU time of the validating thread
 * (not wall-clock time, which other processes inflate) and prints the median of 30 runs after 40 warm-up runs.
 * Run with {@code java -cp benchmarks/target/benchmarks.jar dev.cortexflow.benchmarks.ValidationCpuTime}.
 */
public final class ValidationCpuTime {

  private ValidationCpuTime() {}

  /** Prints one line per shape and size. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int size : new int[] {10_000, 20_000}) {
      report(threads, "chain   " + size, List.of(ValidationWorkflows.chain("chain", size)));
      report(threads, "branchy " + size, List.of(ValidationWorkflows.branchy("branchy", size)));
      report(threads, "wide    " + size, List.of(ValidationWorkflows.wide("wide", size)));
    }
    List<Workflow> small = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      small.add(ValidationWorkflows.chain("small-" + i, 50));
    }
    report(threads, "1000 x 50", small);
  }

  private static void report(ThreadMXBean threads, String name, List<Workflow> workflows) {
    double[] millis = new double[30];
    for (int run = -40; run < millis.length; run++) {
      long start = threads.getCurrentThreadCpuTime();
      for (Workflow w : workflows) {
        if (WorkflowValidator.standard().validate(w).hasErrors()) {
          throw new IllegalStateException(w.tag() + " has errors");
        }
      }
      if (run >= 0) {
        millis[run] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    System.out.printf("%-14s median %.1f ms CPU (min %.1f, max %.1f)%n", name, millis[15], millis[0], millis[29]);
  }
}

package dev.cortexflow.benchmarks;

import dev.cortexflow.engine.RunEngine;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.engine.RunStatus;
import dev.cortexflow.engine.RunnableWorkflow;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One warm local run of a 50-block chain: ten each of JQ, JAVASCRIPT, CONDITIONAL_BRANCH (CEL), HTTP_REQUEST
 * (templated URL, header and payload) and SLACK (templated message), on one engine whose expressions are compiled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
  private RunnableWorkflow workflow;
  private RunInput input;

  /** The 50-block workflow as a descriptor. */
  public static String descriptor() {
    StringBuilder yaml = new StringBuilder("""
        name: Bench
        tag: bench
        filter: {type: GLOBAL}
        variables: [{slug: n, type: NUMBER, defaultValue: 3}, {slug: env, type: STRING, defaultValue: prod}]
        actions:
        """);
    for (int i = 0; i < 50; i++) {
      String slug = "b" + i;
      String next = i == 49 ? "[]" : "[b" + (i + 1) + "]";
      String schema = switch (i % 5) {
        case 0 -> "{type: JQ, expression: '{n: (.variables.n + " + i + "), env: (.variables.env | ascii_upcase)}'}";
        case 1 -> "{type: JAVASCRIPT, script: 'return { v: variables.n * " + i + ", e: `${variables.env}-"
            + i + "` };'}";
        case 2 -> "{type: CONDITIONAL_BRANCH, branches: [{name: P, slug: p" + i + ", outgoingAction: b" + (i + 1)
            + ", expression: 'variables.n >= 3 && variables[\"env\"] == \"prod\" && size(actions[\"b" + (i - 1)
            + "\"].outputs.e) > 0'}]}";
        case 3 -> "{type: HTTP_REQUEST, httpMethod: POST, url: 'https://api.example.com/{{variables.env}}/"
            + i + "', headers: {Authorization: 'Bearer {{context.secrets.token}}'}, payload: '{\"v\": "
            + "{{actions.b" + (i - 2) + ".outputs.v}}, \"e\": \"{{{actions.b" + (i - 2) + ".outputs.e}}}\"}'}";
        default -> "{type: SLACK, channel: c, message: 'Run {{context.workflowRunId}} at " + i
            + ": {{actions.b" + (i - 1) + ".outputs.status}} for {{context.initiatedBy.email}}'}";
      };
      yaml.append("  - {slug: ").append(slug).append(", name: B").append(i).append(", isRootAction: ")
          .append(i == 0).append(", outgoingActions: ").append(next).append(", schema: ").append(schema)
          .append("}\n");
    }
    return yaml.toString();
  }

  @Setup(Level.Trial)
  public void prepare() {
    Workflow wf = WorkflowYaml.read(descriptor()).workflow();
    workflow = RunEngine.create().prepare(wf);
    input = RunInput.builder().secret("token", "t").defaultAnswers(true).build();
    RunResult first = workflow.run(input);
    if (first.status() != RunStatus.COMPLETED || first.executed().size() != 50) {
      throw new IllegalStateException("the benchmark workflow does not run through: " + first.failure()
          + " " + first.executed());
    }
  }

  @Benchmark
  public RunResult run50Blocks() {
    return workflow.run(input);
  }
}

package dev.cortexflow.benchmarks;

import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.BlockRef;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;

/**
 * Workflows of a given size written with the DSL: a chain of segments of ten blocks, each an HTTP call, a JQ
 * step reading it, a Slack message with a template, a branch with two paths and a join, and three more steps.
 */
final class BuildFixtures {

  static final int SEGMENT = 10;

  private BuildFixtures() {}

  /** Builds (and so validates) a workflow of about {@code blocks} blocks, rounded up to whole segments. */
  static Workflow build(String tag, int blocks) {
    Var<String> env = Var.string("environment").defaultValue("staging");
    int segments = Math.max(1, (blocks + SEGMENT - 1) / SEGMENT);
    return Workflows.workflow(tag, "Benchmark " + tag).global()
        .startWith(jq("start", "Start", "."), start -> {
          BlockRef tail = start;
          for (int s = 0; s < segments; s++) {
            tail = segment(tail, "s" + s, env);
          }
        })
        .variables(env)
        .build();
  }

  private static BlockRef segment(BlockRef from, String id, Var<String> env) {
    BlockRef call = from.then(httpRequest(id + "-get", "Get", HttpMethod.GET,
        template("https://example.com/{}/{}", env, from.output("result"))));
    BlockRef parse = call.then(jq(id + "-parse", "Parse", call.output("body").jq() + " | .items"));
    BlockRef note = parse.then(slack(id + "-note", "Note", "bench",
        template("{} items from {}", parse.output("result"), call.output("body"))));
    BlockRef joined = note.then(branch(id + "-route", "Route")
        .when(id + "-prod", "Production", Cel.eq(env, "prod"), p -> p
            .then(jq(id + "-prod-a", "Prod A", parse.output("result").jq()))
            .then(jq(id + "-prod-b", "Prod B", ".")))
        .otherwise(id + "-other", "Other", p -> p.then(jq(id + "-other-a", "Other A", ".")))
        .joinAt(jq(id + "-join", "Join", ".")));
    return joined.then(jq(id + "-after", "After", parse.output("result").jq()))
        .then(jq(id + "-end", "End", "."));
  }
}

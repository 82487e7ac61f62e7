package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Jq;
import java.util.ArrayList;
import java.util.List;

/** Large valid workflows for {@link ValidationBenchmark}, built directly as models. */
final class ValidationWorkflows {

  private ValidationWorkflows() {}

  /**
   * A chain of {@code size} blocks; every block reads the previous one (JQ, then Mustache in an HTTP block every
   * fifth block) and a variable.
   */
  static Workflow chain(String tag, int size) {
    List<Block> blocks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String next = i + 1 < size ? "b" + (i + 1) : null;
      String previous = i == 0 ? "context.entity" : "actions.b" + (i - 1) + ".outputs";
      var schema = i % 5 == 4
          ? HttpRequest.builder().httpMethod(HttpMethod.POST).url("https://x/{{variables.env}}/{{" + previous
              + ".result}}").putHeader("Authorization", "Bearer {{&context.secrets.token}}").build()
          : Jq.of("." + previous.replace(".b", ".\"b").replace(".outputs", "\".outputs") + " | .variables.env");
      blocks.add(block("b" + i, schema, i == 0, next));
    }
    return workflow(tag, blocks);
  }

  /**
   * Sequential diamonds: branch (two paths, one block each) joining at a block that reads the branch (always run
   * before) and one path's block (run on some paths only: a NOT_UPSTREAM warning), so the slower check runs too.
   */
  static Workflow branchy(String tag, int size) {
    List<Block> blocks = new ArrayList<>(size);
    int units = size / 4;
    for (int u = 0; u < units; u++) {
      String r = "r" + u;
      String a = "a" + u;
      String b = "b" + u;
      String j = "j" + u;
      ConditionalBranch branch = ConditionalBranch.builder()
          .addBranches(path("yes" + u, a, "variables[\"env\"] == \"prod\""))
          .addBranches(path("no" + u, b, "variables.env != \"prod\""))
          .joiningAction(j).build();
      blocks.add(Block.builder().slug(r).name(r).schema(branch).addOutgoingActions(a, b).isRootAction(u == 0)
          .build());
      String read = u == 0 ? "." : ".actions.\"j" + (u - 1) + "\".outputs";
      blocks.add(block(a, Jq.of(read), false, j));
      blocks.add(block(b, Jq.of(read), false, j));
      blocks.add(block(j, Jq.of("[.actions.\"" + r + "\".outputs, .actions.\"" + a + "\".outputs]"), false,
          u + 1 < units ? "r" + (u + 1) : null));
    }
    return workflow(tag, blocks);
  }

  /**
   * One branch ({@code b0}) with three long paths; the join reads every block of the middle path, which runs on
   * only some paths (a NOT_UPSTREAM warning each). A forward search per reference would make this quadratic.
   */
  static Workflow wide(String tag, int size) {
    int length = (size - 2) / 3;
    List<Block> blocks = new ArrayList<>(size);
    var branch = ConditionalBranch.builder();
    StringBuilder reads = new StringBuilder("[");
    List<String> firsts = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      String first = "p" + p + "-0";
      firsts.add(first);
      branch.addBranches(path("path" + p, first, "variables.env == \"" + p + "\""));
      for (int i = 0; i < length; i++) {
        String slug = "p" + p + "-" + i;
        blocks.add(block(slug, Jq.of("."), false, i + 1 < length ? "p" + p + "-" + (i + 1) : "join"));
        if (p == 1) {
          reads.append(i == 0 ? "" : ", ").append(".actions.\"").append(slug).append("\".outputs");
        }
      }
    }
    blocks.add(0, Block.builder().slug("b0").name("b0").schema(branch.joiningAction("join").build())
        .addAllOutgoingActions(firsts).isRootAction(true).build());
    blocks.add(block("join", Jq.of(reads.append("]").toString()), false, null));
    return workflow(tag, blocks);
  }

  private static BranchPath path(String slug, String target, String expression) {
    return BranchPath.builder().name(slug).slug(slug).expression(expression).outgoingAction(target)
        .type("CONDITIONAL").build();
  }

  private static Block block(String slug, dev.cortexflow.model.block.BlockSchema schema, boolean root,
      String next) {
    var builder = Block.builder().slug(slug).name(slug).schema(schema).isRootAction(root);
    if (next != null) {
      builder.addOutgoingActions(next);
    }
    return builder.build();
  }

  private static Workflow workflow(String tag, List<Block> blocks) {
    return Workflow.builder().tag(tag).name(tag).filter(EntityFilter.builder().build())
        .addVariables(Variable.of("env", VariableType.STRING)).addAllActions(blocks)
        .runResponseTemplate("Done: {{actions.b0.outputs.result}}").build();
  }
}

package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.Jq;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken graphs of every kind — cycles, self-loops, several or no roots, reused slugs, edges and reads of blocks
 * that do not exist, branches whose joins are anywhere — never make the validator throw, and give the same report
 * twice.
 */
class RandomWorkflowsTest {

  @Test
  void the_validator_reports_on_any_graph_without_throwing_and_deterministically() {
    Random random = new Random(2026);
    for (int round = 0; round < 500; round++) {
      Workflow workflow = randomWorkflow(random, 1 + random.nextInt(25));

      assertThatCode(() -> WorkflowValidator.standard().validate(workflow)).as("round %d: %s", round, workflow)
          .doesNotThrowAnyException();
      assertThat(WorkflowValidator.standard().validate(workflow))
          .isEqualTo(WorkflowValidator.standard().validate(workflow));
    }
  }

  private static Workflow randomWorkflow(Random random, int size) {
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      slugs.add(random.nextInt(12) == 0 && i > 0 ? slugs.get(random.nextInt(i)) : "b" + i);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> next = new ArrayList<>();
      int edges = random.nextInt(3);
      for (int e = 0; e < edges; e++) {
        next.add(random.nextInt(10) == 0 ? "missing" + e : slugs.get(random.nextInt(size)));
      }
      String read = slugs.get(random.nextInt(size));
      var block = Block.builder().slug(slugs.get(i)).name("Block " + i).isRootAction(random.nextInt(size) == 0)
          .addAllOutgoingActions(next);
      if (random.nextInt(4) == 0 && !next.isEmpty()) {
        var branch = ConditionalBranch.builder();
        for (String target : next) {
          branch.addBranches(BranchPath.builder().name("p").slug("p" + target).expression("true")
              .outgoingAction(target).build());
        }
        if (random.nextBoolean()) {
          branch.joiningAction(slugs.get(random.nextInt(size)));
        }
        block.schema(branch.build());
      } else {
        block.schema(Jq.of("[.actions.\"" + read + "\".outputs, .variables.v, .actions.\"nope\".outputs]"));
      }
      blocks.add(block.build());
    }
    return Workflow.builder().tag("random").name("Random").filter(GlobalFilter.of())
        .addVariables(Variable.of("v", VariableType.STRING)).addAllActions(blocks).build();
  }
}

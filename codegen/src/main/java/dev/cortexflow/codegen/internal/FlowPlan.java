package dev.cortexflow.codegen.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The block graph of a workflow read as the DSL's flow structure: a sequence of blocks and branches from the
 * root, each branch with its paths and optional join block. Fails with {@link NotExpressible} for graphs the
 * flow builder cannot write (several roots, dangling edges, fan-out, cycles, shared blocks, unreachable blocks).
 */
final class FlowPlan {

  /** The workflow's graph has no flow-builder form; the message says why. */
  static final class NotExpressible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotExpressible(String message) {
      super(message, null, false, false);
    }
  }

  sealed interface Step permits BlockStep, BranchStep {}

  record BlockStep(Block block) implements Step {}

  record BranchStep(Block block, ConditionalBranch schema, List<PathPlan> paths, Optional<Block> join)
      implements Step {}

  /** One path of a branch; {@code expression} is empty for the fallback path. */
  record PathPlan(String slug, String name, Optional<String> expression, List<Step> steps) {}

  private final Map<String, Block> blocks = new LinkedHashMap<>();
  private final Set<String> visited = new HashSet<>();

  private FlowPlan(Workflow workflow) {
    for (Block block : workflow.actions()) {
      if (blocks.put(block.slug(), block) != null) {
        throw new NotExpressible("two blocks have the slug '" + block.slug() + "'");
      }
    }
  }

  /** The steps from the root block. */
  static List<Step> of(Workflow workflow) {
    FlowPlan plan = new FlowPlan(workflow);
    List<Block> roots = workflow.actions().stream().filter(Block::isRootAction).toList();
    if (roots.size() != 1) {
      throw new NotExpressible("it has " + roots.size() + " root blocks");
    }
    List<Step> steps = plan.sequence(roots.get(0).slug(), null);
    if (plan.visited.size() != plan.blocks.size()) {
      List<String> unreachable = plan.blocks.keySet().stream().filter(s -> !plan.visited.contains(s)).toList();
      throw new NotExpressible("blocks " + unreachable + " cannot be reached from the root");
    }
    return steps;
  }

  private List<Step> sequence(String start, String stop) {
    List<Step> steps = new ArrayList<>();
    String slug = start;
    while (slug != null && !slug.equals(stop)) {
      Block block = visit(slug);
      if (block.schema() instanceof ConditionalBranch branch) {
        List<PathPlan> paths = new ArrayList<>();
        String join = branch.joiningAction().orElse(null);
        branch.branches().forEach(p -> paths.add(new PathPlan(p.slug(), p.name(), Optional.of(p.expression()),
            sequence(head(block, p.outgoingAction(), join), join))));
        branch.fallbackBranch().ifPresent(p -> paths.add(new PathPlan(p.slug(), p.name(), Optional.empty(),
            sequence(head(block, p.outgoingAction(), join), join))));
        Optional<Block> joinBlock = Optional.ofNullable(join).map(this::visit);
        steps.add(new BranchStep(block, branch, paths, joinBlock));
        slug = joinBlock.map(FlowPlan::next).orElse(null);
      } else {
        steps.add(new BlockStep(block));
        slug = next(block);
      }
    }
    return steps;
  }

  private String head(Block branch, Optional<String> outgoing, String join) {
    String head = outgoing.orElseThrow(() -> new NotExpressible("a path of branch '" + branch.slug()
        + "' has no first block"));
    if (head.equals(join)) {
      throw new NotExpressible("a path of branch '" + branch.slug() + "' starts at its joining block");
    }
    return head;
  }

  private Block visit(String slug) {
    Block block = blocks.get(slug);
    if (block == null) {
      throw new NotExpressible("an edge names '" + slug + "', which is no block");
    }
    if (!visited.add(slug)) {
      throw new NotExpressible("block '" + slug + "' is reached twice");
    }
    return block;
  }

  private static String next(Block block) {
    if (block.outgoingActions().size() > 1) {
      throw new NotExpressible("block '" + block.slug() + "' has " + block.outgoingActions().size()
          + " successors");
    }
    return block.outgoingActions().isEmpty() ? null : block.outgoingActions().get(0);
  }
}

package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.internal.FlowPlan.BlockStep;
import dev.cortexflow.codegen.internal.FlowPlan.BranchStep;
import dev.cortexflow.codegen.internal.FlowPlan.PathPlan;
import dev.cortexflow.codegen.internal.FlowPlan.Step;
import dev.cortexflow.dsl.BlockRef;
import dev.cortexflow.dsl.BlockSpec;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.Branch;
import dev.cortexflow.dsl.PathFlow;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the flow of a workflow with the DSL ({@code then}, {@code branch(...).when(...).joinAt(...)}) and, in
 * step, performs the same calls live. A block whose outputs are read later gets a local handle variable, so that
 * its references are written as {@code handle.output("key")}.
 */
final class FlowCode {

  /** Code that continues a flow from a handle, and the same continuation performed live. */
  record Part(CodeBlock code, boolean expression, Consumer<Object> live) {}

  private final Emission emission;
  private final Naming locals;
  private final Map<String, Dual> variables;
  private final Set<String> referenced;
  private final Set<String> raw;

  FlowCode(Emission emission, Naming locals, Map<String, Dual> variables, Set<String> referenced, Set<String> raw) {
    this.emission = emission;
    this.locals = locals;
    this.variables = variables;
    this.referenced = referenced;
    this.raw = raw;
  }

  /** The spec of one block, typed unless the block is marked raw. */
  Dual spec(Block block, RefResolver resolver) {
    TextCode texts = new TextCode(emission, resolver);
    return new BlockCode(emission, texts, variables).spec(block, raw.contains(block.slug()));
  }

  /** Whether later code reads this block's outputs, so that it deserves a handle variable. */
  boolean needsHandle(String slug) {
    return referenced.contains(slug);
  }

  /**
   * The continuation from a handle named {@code handle}: statements, or one expression when no handle variable is
   * declared (for expression lambdas).
   */
  Part sequence(String handle, List<Step> steps, RefResolver resolver) {
    CodeBlock.Builder statements = CodeBlock.builder();
    List<Consumer<Object[]>> live = new ArrayList<>();
    CodeBlock.Builder chain = CodeBlock.builder();
    String current = handle;
    boolean chaining = false;
    boolean declared = false;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      boolean more = i + 1 < steps.size();
      String slug;
      CodeBlock call;
      if (step instanceof BlockStep b) {
        slug = b.block().slug();
        Dual spec = spec(b.block(), resolver);
        live.add(h -> h[0] = then(h[0], spec.value()));
        call = spec.code();
      } else {
        BranchStep b = (BranchStep) step;
        Dual branch = branch(b, resolver);
        live.add(h -> h[0] = then(h[0], branch.value()));
        call = branch.code();
        slug = b.join().map(Block::slug).orElse(null);
      }
      chain.add(chaining ? "\n.then($L)" : ".then($L)", call);
      chaining = true;
      if (slug != null && needsHandle(slug) && more) {
        String name = locals.allocate(Naming.lowerCamel(slug), new Object());
        statements.add("var $L = $L$>$>$L$<$<;\n", name, current, chain.build());
        resolver = resolver.withHandle(slug, name);
        current = name;
        chain = CodeBlock.builder();
        chaining = false;
        declared = true;
      }
    }
    CodeBlock rest = chain.build();
    boolean expression = !declared && !rest.isEmpty();
    CodeBlock code;
    if (expression) {
      code = CodeBlock.of("$L$>$>$L$<$<", current, rest);
    } else {
      code = rest.isEmpty() ? statements.build()
          : statements.add("$L$>$>$L$<$<;\n", current, rest).build();
    }
    return new Part(code, expression, start -> {
      Object[] holder = {start};
      live.forEach(op -> op.accept(holder));
    });
  }

  /** The branch expression ({@code branch(...)...joinAt(...)}) and the closed branch, live. */
  Dual branch(BranchStep step, RefResolver resolver) {
    BlockCode blocks = new BlockCode(emission, new TextCode(emission, resolver), variables);
    Dual.Chain chain = Dual.chain(Dual.call(emission, Blocks.class, "branch",
        blocks.str(step.block().slug()), blocks.str(step.block().name())));
    blocks.customFields(chain, step.schema());
    blocks.blockFields(chain, step.block());
    if (untypedItems(step.schema())) {
      chain.then("withoutItemTypes");
    }
    for (PathPlan path : step.paths()) {
      String param = locals.allocate("path", new Object());
      Part body = sequence(param, path.steps(), resolver);
      CodeBlock lambda = body.expression()
          ? CodeBlock.of("$L -> $L", param, body.code())
          : CodeBlock.of("$L -> {\n$>$L$<}", param, body.code());
      Consumer<PathFlow> live = p -> body.live().accept(p);
      Dual bodyDual = Dual.of(lambda, live);
      if (path.expression().isPresent()) {
        Dual condition = new ConditionCode(new TextCode(emission, resolver)).condition(path.expression().get());
        chain.then("when", blocks.str(path.slug()), blocks.str(path.name()), condition, bodyDual);
      } else {
        chain.then("otherwise", blocks.str(path.slug()), blocks.str(path.name()), bodyDual);
      }
    }
    if (step.join().isPresent()) {
      chain.then("joinAt", spec(step.join().get(), resolver));
    } else {
      chain.then("withoutJoin");
    }
    return chain.build();
  }

  /** Whether no item of the branch has a {@code type} key, which the DSL writes only when told so. */
  private static boolean untypedItems(ConditionalBranch schema) {
    return schema.branches().stream().allMatch(p -> p.type().isEmpty())
        && schema.fallbackBranch().flatMap(FallbackPath::type).isEmpty();
  }

  /** {@code then} on a {@link BlockRef} or a branch {@link PathFlow}, with a spec or a closed branch. */
  static Object then(Object from, Object next) {
    if (from instanceof BlockRef ref) {
      if (next instanceof BlockSpec<?> spec) {
        return ref.then(spec);
      }
      if (next instanceof Branch.Joined joined) {
        return ref.then(joined);
      }
      ref.then((Branch.Unjoined) next);
      return null;
    }
    PathFlow path = (PathFlow) from;
    if (next instanceof BlockSpec<?> spec) {
      return path.then(spec);
    }
    if (next instanceof Branch.Joined joined) {
      return path.then(joined);
    }
    path.then((Branch.Unjoined) next);
    return null;
  }

}

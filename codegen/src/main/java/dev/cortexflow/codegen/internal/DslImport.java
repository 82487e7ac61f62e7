package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.Workflows;
import dev.cortexflow.codegen.internal.FlowPlan.BranchStep;
import dev.cortexflow.codegen.internal.FlowPlan.NotExpressible;
import dev.cortexflow.codegen.internal.FlowPlan.Step;
import dev.cortexflow.codegen.internal.TextCode.Syntax;
import dev.cortexflow.dsl.BlockRef;
import dev.cortexflow.dsl.BlockSpec;
import dev.cortexflow.dsl.Branch;
import dev.cortexflow.dsl.EntityScope;
import dev.cortexflow.dsl.WorkflowBuilder;
import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes one workflow with the fluent DSL ({@code Workflows.workflow(...)…build()}) and builds the same workflow
 * live, so the caller can check that the code gives back the imported descriptor.
 */
final class DslImport {

  /** The body of {@code workflow()} and the workflow it builds. */
  record Outcome(CodeBlock body, Workflow rebuilt) {}

  private final Workflow workflow;
  private final Emission emission;
  private final Set<String> raw;
  private final Naming locals = new Naming(List.of("workflow"));
  private final Map<String, Dual> variables = new LinkedHashMap<>();
  private final Map<String, String> variableLocals = new LinkedHashMap<>();
  // the Var factory of each declared variable: string, number, bool, object, stringArray, …
  private final Map<String, String> variableKinds = new LinkedHashMap<>();

  private final Set<String> handles;

  /**
   * Prepares the import.
   *
   * @param raw slugs of blocks to write with the {@code block(slug, name, schema)} escape hatch
   * @param handles slugs of blocks that get a handle variable, or empty to guess from the text
   */
  DslImport(Workflow workflow, Emission emission, Set<String> raw, Optional<Set<String>> handles) {
    this.workflow = workflow;
    this.emission = emission;
    this.raw = raw;
    this.handles = handles.orElseGet(this::referencedSlugs);
  }

  /**
   * Writes the workflow.
   *
   * @throws NotExpressible when the DSL cannot express it
   * @throws RuntimeException when the DSL rejects it live (validation)
   */
  Outcome run() {
    List<Step> steps = FlowPlan.of(workflow);
    CodeBlock.Builder body = CodeBlock.builder();
    List<Dual> declared = new ArrayList<>();
    for (Variable variable : workflow.variables()) {
      declareVariable(variable, body).ifPresent(declared::add);
    }
    RefResolver resolver = new RefResolver(emission, variableLocals, variableKinds);
    FlowCode flow = new FlowCode(emission, locals, variables, handles, raw);
    BlockCode blocks = new BlockCode(emission, new TextCode(emission, resolver), variables);
    TextCode topTexts = new TextCode(emission, resolver);

    CodeBlock.Builder code = CodeBlock.builder()
        .add("return $T.workflow($L, $L)$>$>", Workflows.class, blocks.str(workflow.tag()).code(),
            blocks.str(workflow.name()).code());
    WorkflowBuilder.RootStep rootStep = scope(code, blocks);
    WorkflowBuilder builder = root(code, rootStep, steps, flow, resolver);
    Dual.Chain settings = Dual.chain(Dual.of(CodeBlock.of(""), builder));
    workflow.description().ifPresent(d -> settings.then("description", blocks.str(d)));
    if (workflow.isDraft()) {
      settings.then("draft");
    }
    if (!declared.isEmpty()) {
      settings.then("variables", declared.toArray(Dual[]::new));
    }
    for (Variable variable : workflow.variables()) {
      if (!variables.containsKey(variable.slug())) {
        settings.then("addVariable", Dual.of(emission.model().modelValue(variable), variable));
      }
    }
    workflow.isRunnableViaApi().ifPresent(r -> {
      if (r) {
        settings.then("runnableViaApi");
      } else {
        settings.then("runnableViaApi", Dual.of(CodeBlock.of("false"), false));
      }
    });
    for (RunRestriction policy : workflow.runRestrictionPolicies()) {
      if (!policy.extensions().isEmpty()) {
        throw new NotExpressible("a run restriction has keys the DSL does not know");
      }
      settings.then("restrictRunTo", blocks.model(policy.type()), blocks.str(policy.id()));
    }
    if (workflow.restrictActionCompletionToRunnerUser()) {
      settings.then("restrictActionCompletionToRunnerUser");
    }
    workflow.runResponseTemplate().ifPresent(t -> settings.then("runResponseTemplate",
        topTexts.text(t, Syntax.MUSTACHE)));
    workflow.failedRunResponseTemplate().ifPresent(t -> settings.then("failedRunResponseTemplate",
        topTexts.text(t, Syntax.MUSTACHE)));
    workflow.iconTag().ifPresent(t -> settings.then("iconTag", blocks.str(t)));
    workflow.extensions().forEach((k, v) -> settings.then("customField", blocks.str(k), blocks.json(v)));
    if (WorkflowValidator.standard().validate(workflow).errors().stream()
        .anyMatch(v -> v.code() == ViolationCode.UNKNOWN_TYPE)) {
      settings.then("allowUnknownTypes");
    }
    Dual configured = settings.build();
    Workflow rebuilt = ((WorkflowBuilder) configured.value()).build();
    // the settings chain was indented for a chain of its own: it continues the workflow chain instead
    code.add("$<$<$L$>$>", configured.code()).add("\n.build();\n$<$<");
    return new Outcome(body.add(code.build()).build(), rebuilt);
  }

  private WorkflowBuilder.RootStep scope(CodeBlock.Builder code, BlockCode blocks) {
    WorkflowBuilder.ScopeStep start = Workflows.workflow(workflow.tag(), workflow.name());
    if (workflow.filter() instanceof GlobalFilter global && global.extensions().isEmpty()) {
      code.add("\n.global()");
      return start.global();
    }
    if (!(workflow.filter() instanceof EntityFilter entity) || !entity.extensions().isEmpty()) {
      throw new NotExpressible("its filter has a type or keys the DSL does not know");
    }
    Dual scope = blocks.model(entity.ownershipScope());
    if (entity.entityFilter().isEmpty()) {
      code.add("\n.entityScoped($L)", scope.code());
      return start.entityScoped(entity.ownershipScope());
    }
    Dual entities = entityScope(entity.entityFilter().get(), blocks);
    code.add("\n.entityScoped($L, $L)", scope.code(), entities.code());
    return start.entityScoped(entity.ownershipScope(), (EntityScope) entities.value());
  }

  private Dual entityScope(CompoundFilter filter, BlockCode blocks) {
    if (!filter.extensions().isEmpty()) {
      throw new NotExpressible("its entity filter has keys the DSL does not know");
    }
    Dual.Chain chain = Dual.chain(filter.typeFilter()
        .map(t -> Dual.qualified(EntityScope.class, "types", t.types().stream().map(blocks::str).toArray(Dual[]::new)))
        .orElseGet(() -> Dual.qualified(EntityScope.class, "anyType")));
    filter.entityGroupFilter().ifPresent(groups -> {
      if (!groups.entityGroups().isEmpty()) {
        chain.then("groups", groups.entityGroups().stream().map(blocks::str).toArray(Dual[]::new));
      }
      if (!groups.excludedEntityGroups().isEmpty()) {
        chain.then("excludingGroups", groups.excludedEntityGroups().stream().map(blocks::str).toArray(Dual[]::new));
      }
    });
    return chain.build();
  }

  private WorkflowBuilder root(CodeBlock.Builder code, WorkflowBuilder.RootStep rootStep, List<Step> steps,
      FlowCode flow, RefResolver resolver) {
    Step first = steps.get(0);
    List<Step> rest = steps.subList(1, steps.size());
    Dual start;
    String handleSlug;
    if (first instanceof FlowPlan.BlockStep block) {
      start = flow.spec(block.block(), resolver);
      handleSlug = block.block().slug();
    } else {
      BranchStep branch = (BranchStep) first;
      start = flow.branch(branch, resolver);
      handleSlug = branch.join().map(dev.cortexflow.model.Block::slug).orElse(null);
    }
    if (rest.isEmpty()) {
      code.add("\n.startWith($L)", start.code());
      return start.value() instanceof BlockSpec<?> spec ? rootStep.startWith(spec)
          : start.value() instanceof Branch.Unjoined unjoined ? rootStep.startWith(unjoined)
          : rootStep.startWith((Branch.Joined) start.value(), ref -> { });
    }
    String handle = locals.allocate(Naming.lowerCamel(handleSlug), new Object());
    FlowCode.Part part = flow.sequence(handle, rest, resolver.withHandle(handleSlug, handle));
    CodeBlock lambda = part.expression() ? CodeBlock.of("$L -> $L", handle, part.code())
        : CodeBlock.of("$L -> {\n$>$L$<}", handle, part.code());
    code.add("\n.startWith($L)", Dual.arguments(List.of(start.code(), lambda)));
    Consumer<BlockRef> live = ref -> part.live().accept(ref);
    return start.value() instanceof BlockSpec<?> spec ? rootStep.startWith(spec, live)
        : rootStep.startWith((Branch.Joined) start.value(), live);
  }

  private java.util.Optional<Dual> declareVariable(Variable variable, CodeBlock.Builder body) {
    Optional<VariableCode.Declaration> declaration =
        new VariableCode(emission.literals(), emission.model()).declaration(variable);
    if (declaration.isEmpty()) {
      return Optional.empty();
    }
    String name = locals.allocate(Naming.lowerCamel(variable.slug()), variable.slug());
    body.add("$T $L = $L;\n", declaration.get().type(), name, declaration.get().var().code());
    Dual local = Dual.of(CodeBlock.of("$L", name), declaration.get().var().value());
    variables.put(variable.slug(), local);
    variableLocals.put(variable.slug(), name);
    variableKinds.put(variable.slug(), VariableCode.factory(variable.type()).orElseThrow());
    return Optional.of(local);
  }

  /** Slugs of blocks whose outputs some string of the workflow reads, in any reference syntax. */
  private Set<String> referencedSlugs() {
    String text = WorkflowJson.write(workflow);
    Set<String> slugs = new TreeSet<>();
    for (dev.cortexflow.model.Block block : workflow.actions()) {
      String s = block.slug();
      if (text.contains("actions." + s + ".") || text.contains("actions.\\\"" + s + "\\\"")
          || text.contains("actions[\\\"" + s + "\\\"]")) {
        slugs.add(s);
      }
    }
    return slugs;
  }
}

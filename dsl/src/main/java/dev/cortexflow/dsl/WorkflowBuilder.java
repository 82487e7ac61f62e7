package dev.cortexflow.dsl;

import dev.cortexflow.expr.Var;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.Filter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.ValidationReport;
import dev.cortexflow.validate.WorkflowValidationException;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The flat, optional settings of a workflow whose tag, name, scope and flow are given, and {@link #build()}.
 * Reached through {@code Workflows.workflow(tag, name)}, then {@link ScopeStep} and {@link RootStep}:
 *
 * <pre class="compilable">{@code
 * Workflow wf = Workflows.workflow("hello", "Hello")      // tag, name
 *     .global()                                          // ScopeStep: filter
 *     .startWith(slack("say", "Say hello", "general", "Hello"))   // RootStep: the root block
 *     .description("Says hello")
 *     .build();
 * }</pre>
 *
 * <p>{@code Workflows.workflow("hello", "Hello").global().build()} does not compile: there is no root block.
 *
 * <p>Do not assign the step types to variables; chain the calls. Builders are single-use and not thread-safe;
 * the built {@link Workflow} is immutable and thread-safe. Setting a scalar twice throws
 * {@link IllegalStateException}.
 */
public final class WorkflowBuilder {

  private final String tag;
  private final ImmutableWorkflow.Builder workflow;
  private final Set<String> assigned = new HashSet<>();
  private final Map<String, Object> values = new HashMap<>();
  private WorkflowValidator validator = WorkflowValidator.standard();

  private WorkflowBuilder(String tag, ImmutableWorkflow.Builder workflow) {
    this.tag = tag;
    this.workflow = workflow;
  }

  /** Starts a workflow; use {@code Workflows.workflow(tag, name)}. */
  @CheckReturnValue
  public static ScopeStep start(String tag, String name) {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
    if (!tag.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) {
      throw new IllegalArgumentException("tag '" + tag + "' is not valid: use letters, digits and hyphens");
    }
    return new Stages(tag, Workflow.builder().tag(tag).name(name));
  }

  /** Chooses where the workflow runs ({@code filter}). */
  @CheckReturnValue
  public interface ScopeStep {

    /** Runs without an entity ({@code filter: {type: GLOBAL}}). */
    RootStep global();

    /** Runs on any entity ({@code filter: {type: ENTITY, ownershipScope}}). */
    RootStep entityScoped(OwnershipScope ownershipScope);

    /** Runs on the entities of a scope ({@code filter: {type: ENTITY, ownershipScope, entityFilter}}). */
    RootStep entityScoped(OwnershipScope ownershipScope, EntityScope entities);
  }

  /** Gives the root block ({@code isRootAction: true}) and the flow after it. */
  @CheckReturnValue
  public interface RootStep {

    /** A workflow of one block: the root. */
    WorkflowBuilder startWith(BlockSpec<?> root);

    /** The root block; {@code flow} continues from its handle. */
    WorkflowBuilder startWith(BlockSpec<?> root, Consumer<BlockRef> flow);

    /** A branch as the root; {@code flow} continues from its join. */
    WorkflowBuilder startWith(Branch.Joined root, Consumer<BlockRef> flow);

    /** A branch as the root whose paths end the run. */
    WorkflowBuilder startWith(Branch.Unjoined root);
  }

  private static final class Stages implements ScopeStep, RootStep {
    private final ImmutableWorkflow.Builder workflow;
    private final FlowGraph graph;

    Stages(String tag, ImmutableWorkflow.Builder workflow) {
      this.workflow = workflow;
      this.graph = new FlowGraph(tag);
    }

    private RootStep filter(Filter filter) {
      workflow.filter(filter);
      return this;
    }

    @Override
    public RootStep global() {
      return filter(GlobalFilter.of());
    }

    @Override
    public RootStep entityScoped(OwnershipScope ownershipScope) {
      return filter(EntityFilter.builder().ownershipScope(ownershipScope).build());
    }

    @Override
    public RootStep entityScoped(OwnershipScope ownershipScope, EntityScope entities) {
      return filter(EntityFilter.builder().ownershipScope(ownershipScope).entityFilter(entities.toFilter()).build());
    }

    @Override
    public WorkflowBuilder startWith(BlockSpec<?> root) {
      return startWith(root, ref -> { });
    }

    @Override
    public WorkflowBuilder startWith(BlockSpec<?> root, Consumer<BlockRef> flow) {
      graph.build(() -> {
        FlowGraph.Node node = FlowGraph.withBlockFields(
            graph.addRoot(root.slug(), root.name(), root.addTo(graph.tag())), root);
        flow.accept(new BlockRef(graph, node));
      });
      return finish();
    }

    @Override
    public WorkflowBuilder startWith(Branch.Joined root, Consumer<BlockRef> flow) {
      graph.build(() -> {
        FlowGraph.Node node = graph.addRoot(root.definition().slug(), root.definition().name(), null);
        flow.accept(new BlockRef(graph, graph.attachBranch(node, root.take()).orElseThrow()));
      });
      return finish();
    }

    @Override
    public WorkflowBuilder startWith(Branch.Unjoined root) {
      graph.build(() -> {
        FlowGraph.Node node = graph.addRoot(root.definition().slug(), root.definition().name(), null);
        graph.attachBranch(node, root.take());
      });
      return finish();
    }

    private WorkflowBuilder finish() {
      workflow.actions(graph.blocks());
      return new WorkflowBuilder(graph.tag(), workflow);
    }
  }

  private WorkflowBuilder once(String key) {
    if (!assigned.add(key)) {
      throw new IllegalStateException(key + " of workflow '" + tag + "' is already set: set it once");
    }
    return this;
  }

  /** As {@link #once(String)}, naming the value already set and the one given again. */
  private WorkflowBuilder once(String key, String setter, Object value) {
    Object previous = values.putIfAbsent(key, value);
    if (previous != null) {
      throw new IllegalStateException(key + " of workflow '" + tag + "' is already set to " + quoted(previous)
          + ", so " + quoted(value) + " would replace it: call " + setter + "(...) once");
    }
    return once(key);
  }

  private static String quoted(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }

  /** Sets the text shown in the workflow list ({@code description}). */
  public WorkflowBuilder description(String description) {
    once("description", "description", description).workflow.description(description);
    return this;
  }

  /** Marks the workflow as a draft ({@code isDraft: true}; default {@code false}). */
  public WorkflowBuilder draft() {
    return draft(true);
  }

  /** Sets {@code isDraft} (default {@code false}). */
  public WorkflowBuilder draft(boolean draft) {
    once("isDraft", "draft", draft).workflow.isDraft(draft);
    return this;
  }

  /** Declares workflow variables ({@code variables}), in order. */
  public WorkflowBuilder variables(Var<?>... variables) {
    for (Var<?> v : variables) {
      workflow.addVariable(v.toVariable());
    }
    return this;
  }

  /** Declares a variable given as a model value ({@code variables}), for types the typed {@link Var} lacks. */
  public WorkflowBuilder addVariable(Variable variable) {
    workflow.addVariable(variable);
    return this;
  }

  /** Lets the Runs API start the workflow ({@code isRunnableViaApi: true}). */
  public WorkflowBuilder runnableViaApi() {
    return runnableViaApi(true);
  }

  /** Sets {@code isRunnableViaApi} (absent by default, which Cortex reads as {@code false}). */
  public WorkflowBuilder runnableViaApi(boolean runnable) {
    once("isRunnableViaApi", "runnableViaApi", runnable).workflow.isRunnableViaApi(runnable);
    return this;
  }

  /** Lets these users run the workflow ({@code runRestrictionPolicies} entries of {@code type: USER}). */
  public WorkflowBuilder restrictRunToUsers(String... userIds) {
    return restrictRunTo(RestrictionType.USER, userIds);
  }

  /** Lets members of these teams run the workflow ({@code runRestrictionPolicies}, {@code type: TEAM}). */
  public WorkflowBuilder restrictRunToTeams(String... teamIds) {
    return restrictRunTo(RestrictionType.TEAM, teamIds);
  }

  /** Lets holders of these custom roles run the workflow ({@code runRestrictionPolicies}, {@code type: CUSTOM_ROLE}). */
  public WorkflowBuilder restrictRunToRoles(String... roleIds) {
    return restrictRunTo(RestrictionType.CUSTOM_ROLE, roleIds);
  }

  /** Adds {@code runRestrictionPolicies} entries of any type. */
  public WorkflowBuilder restrictRunTo(RestrictionType type, String... ids) {
    for (String id : ids) {
      workflow.addRunRestrictionPolicy(RunRestriction.of(type, id));
    }
    return this;
  }

  /** Lets only the runner complete the run's interactive steps ({@code restrictActionCompletionToRunnerUser: true}). */
  public WorkflowBuilder restrictActionCompletionToRunnerUser() {
    once("restrictActionCompletionToRunnerUser").workflow.restrictActionCompletionToRunnerUser(true);
    return this;
  }

  /** Sets the Markdown and Mustache message shown when a run succeeds ({@code runResponseTemplate}). */
  public WorkflowBuilder runResponseTemplate(CharSequence template) {
    once("runResponseTemplate", "runResponseTemplate", template.toString())
        .workflow.runResponseTemplate(template.toString());
    return this;
  }

  /** Sets the message shown when a run fails ({@code failedRunResponseTemplate}). */
  public WorkflowBuilder failedRunResponseTemplate(CharSequence template) {
    once("failedRunResponseTemplate", "failedRunResponseTemplate", template.toString())
        .workflow.failedRunResponseTemplate(template.toString());
    return this;
  }

  /** Sets the display icon ({@code iconTag}), such as {@code Airplane}. */
  public WorkflowBuilder iconTag(String iconTag) {
    once("iconTag", "iconTag", iconTag).workflow.iconTag(iconTag);
    return this;
  }

  /** Sets a top-level key the DSL does not cover (kept in the workflow's {@code extensions}). */
  public WorkflowBuilder customField(String key, Object value) {
    once("customField " + key).workflow.putExtension(key, JsonValue.from(value));
    return this;
  }

  /**
   * Lets {@link #build()} accept a block, field, filter, source or override type cortexflow does not know
   * (UNKNOWN_TYPE becomes a WARNING, {@link WorkflowValidator#allowingUnknownTypes()}), for a type Cortex added
   * before cortexflow knows it. Sets no descriptor key.
   */
  public WorkflowBuilder allowUnknownTypes() {
    once("allowUnknownTypes").validator = WorkflowValidator.allowingUnknownTypes();
    return this;
  }

  /**
   * Builds the workflow and validates it with {@link WorkflowValidator#standard()} (or the validator that allows
   * unknown types, after {@link #allowUnknownTypes()}). Warnings do not fail the build; {@link #buildStrict()}
   * fails on them, and {@link #report()} lists them.
   *
   * @throws WorkflowValidationException listing every violation, when any rule reports an ERROR
   */
  @CheckReturnValue
  public Workflow build() {
    return validator.requireValid(workflow.build());
  }

  /**
   * Builds the workflow and fails on any violation, warnings included, such as a block read after a join on only
   * some paths (NOT_UPSTREAM).
   *
   * @throws WorkflowValidationException listing every violation, when any rule reports an ERROR or a WARNING
   */
  @CheckReturnValue
  public Workflow buildStrict() {
    Workflow built = workflow.build();
    ValidationReport report = validator.validate(built);
    if (!report.violations().isEmpty()) {
      throw new WorkflowValidationException(tag, report.violations());
    }
    return built;
  }

  /** Validates the workflow as {@link #build()} would and returns every violation, errors and warnings. */
  @CheckReturnValue
  public ValidationReport report() {
    return validator.validate(workflow.build());
  }
}

package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a whole workflow against every rule and reports all violations at once. Works on any model, including
 * one read from YAML. Thread-safe; reads each block's data once for all rules, and runs in time linear in blocks
 * and edges plus a logarithmic step per reference on every graph made of chains and branches (a descriptor whose
 * edges cross between branch paths may need a search per such reference).
 *
 * <p>An organisation adds its own checks with {@link #with(WorkflowRule)} (see {@link WorkflowRule}).
 *
 * <p>The rules, by code: tags within a set ({@link #validateAll}: DUPLICATE_TAG), the graph (NO_ROOT, MULTIPLE_ROOTS, DUPLICATE_SLUG, UNKNOWN_TARGET, CYCLE with the
 * cycle printed, UNREACHABLE, FAN_OUT), branch wiring (BRANCH_MISMATCH, JOIN_MISMATCH), references found by
 * {@link ReferenceScanner} in every string (UNDECLARED_VARIABLE, UNKNOWN_ACTION_REFERENCE, NOT_UPSTREAM,
 * ENTITY_CONTEXT_IN_GLOBAL), variables and forms (DUPLICATE_VARIABLE, DUPLICATE_INPUT_KEY, UNKNOWN_INPUT_KEY),
 * and fields (MISSING_FIELD, INVALID_VALUE, UNKNOWN_TYPE, TEMPLATED_ALIAS). Every violation names the block,
 * points at the offending value with a JSON pointer and says how to fix it.
 *
 * <pre class="compilable">{@code
 * ValidationReport report = WorkflowValidator.standard().validate(workflow);
 * report.errors().forEach(System.out::println);
 * // ERROR UNKNOWN_TARGET at /actions/3/outgoingActions/0: block 'deploy' (actions[3]): outgoingActions names
 * //   'notfy', which is no block (known: approve, deploy, notify)
 * }</pre>
 */
public final class WorkflowValidator {

  /**
   * The largest request body Cortex accepts, in bytes: 2 MB ("request body ≤ 2 MB" in the API's rate-limit and
   * size rules), 2,097,152 bytes. A workflow whose JSON descriptor is larger is a DESCRIPTOR_TOO_LARGE ERROR.
   */
  public static final long MAX_DESCRIPTOR_BYTES = 2L * 1024 * 1024;

  private static final WorkflowValidator STANDARD = new WorkflowValidator(rules(Severity.ERROR), false);
  private static final WorkflowValidator ALLOWING_UNKNOWN_TYPES =
      new WorkflowValidator(rules(Severity.WARNING), true);

  private static List<ValidationRule> rules(Severity unknownTypes) {
    return List.of(new RootCountRule(), new DuplicateSlugRule(), new TargetRule(), new CycleRule(),
        new ReachabilityRule(), new FanOutRule(), new BranchWiringRule(), new VariableRule(), new ReferenceRule(),
        new OutputKeyRule(), new EntityContextRule(), new TemplatedAliasRule(), new InputKeyRule(),
        new RequiredFieldRule(), new VocabularyRule(), new CharsetRule(), new UnknownTypeRule(unknownTypes));
  }

  private final List<ValidationRule> rules;
  /** The rules that check blocks, and those that check references: the others are not called for each. */
  private final ValidationRule[] blockRules;
  private final ValidationRule[] referenceRules;
  /** An organisation's own rules, run after the standard ones. */
  private final List<WorkflowRule> ownRules;
  /** Whether UNKNOWN_TYPE is a WARNING. */
  private final boolean allowsUnknownTypes;

  private WorkflowValidator(List<ValidationRule> rules, boolean allowsUnknownTypes) {
    this(rules, allowsUnknownTypes, List.of());
  }

  private WorkflowValidator(List<ValidationRule> rules, boolean allowsUnknownTypes, List<WorkflowRule> ownRules) {
    this.rules = rules;
    this.allowsUnknownTypes = allowsUnknownTypes;
    this.ownRules = ownRules;
    this.blockRules = overriding(rules, "checkBlock", ValidationContext.class, int.class, Block.class, List.class);
    this.referenceRules = overriding(rules, "checkReference", ValidationContext.class, LocatedReference.class,
        List.class);
  }

  private static ValidationRule[] overriding(List<ValidationRule> rules, String method, Class<?>... parameters) {
    return rules.stream().filter(rule -> {
      try {
        return rule.getClass().getMethod(method, parameters).getDeclaringClass() != ValidationRule.class;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }).toArray(ValidationRule[]::new);
  }

  /**
   * The validator with every rule of cortexflow. A type cortexflow does not know (UNKNOWN_TYPE) is an ERROR here,
   * as the Cortex server rejects it too.
   */
  public static WorkflowValidator standard() {
    return STANDARD;
  }

  /**
   * The validator with every rule of cortexflow, reporting a type it does not know (UNKNOWN_TYPE) as a WARNING:
   * for the day Cortex adds a block, field, filter, source or override type before cortexflow knows it. The
   * command line's {@code --allow-unknown-types} uses it.
   */
  public static WorkflowValidator allowingUnknownTypes() {
    return ALLOWING_UNKNOWN_TYPES;
  }

  /**
   * This validator with one more rule, an organisation's own, run after the others on every workflow; its
   * violations are sorted in with theirs.
   *
   * <pre class="compilable">{@code
   * WorkflowValidator validator = WorkflowValidator.standard().with(new ApprovalBeforeProduction());
   * }</pre>
   *
   * @return a new validator; this one is unchanged
   */
  public WorkflowValidator with(WorkflowRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<WorkflowRule> all = new ArrayList<>(ownRules);
    all.add(rule);
    return new WorkflowValidator(rules, allowsUnknownTypes, List.copyOf(all));
  }

  /**
   * This validator with every {@link WorkflowRule} that {@link java.util.ServiceLoader} finds through
   * {@code loader} (registered in {@code META-INF/services/dev.cortexflow.validate.WorkflowRule}), in the order
   * it finds them.
   *
   * @return a new validator; this one when no rule is found
   * @throws java.util.ServiceConfigurationError when a registration names a class that is missing, is no
   *     {@code WorkflowRule} or cannot be created
   */
  public WorkflowValidator withRulesFrom(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    WorkflowValidator validator = this;
    for (WorkflowRule rule : java.util.ServiceLoader.load(WorkflowRule.class, loader)) {
      validator = validator.with(rule);
    }
    return validator;
  }

  /**
   * Whether this validator reports a type cortexflow does not know (UNKNOWN_TYPE) as a WARNING: true for
   * {@link #allowingUnknownTypes()} and the validators made from it, false for {@link #standard()} and its own.
   * A tool that reads descriptors before validating them reads with the same leniency
   * ({@code ReadOptions.allowingUnknownTypes()}), so that reader and validator agree.
   */
  public boolean allowsUnknownTypes() {
    return allowsUnknownTypes;
  }

  /** The rules added with {@link #with(WorkflowRule)} and {@link #withRulesFrom(ClassLoader)}, in order. */
  public List<WorkflowRule> addedRules() {
    return ownRules;
  }

  /**
   * Validates the workflow; errors come first, then warnings, each group in document order (by JSON pointer,
   * object keys in the order Cortex exports them).
   *
   * @return every violation; {@link ValidationReport#hasErrors()} is false for a valid workflow
   */
  public ValidationReport validate(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    ValidationContext context = new ValidationContext(workflow);
    List<Violation> out = new ArrayList<>();
    for (ValidationRule rule : rules) {
      rule.checkWorkflow(context, out);
    }
    java.util.function.Consumer<LocatedReference> references = ref -> {
      for (ValidationRule rule : referenceRules) {
        rule.checkReference(context, ref, out);
      }
    };
    ReferenceScanner.scanTemplates(workflow, references);
    List<Block> blocks = context.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      for (ValidationRule rule : blockRules) {
        rule.checkBlock(context, i, block, out);
      }
      ReferenceScanner.scanBlock(block, i, references);
    }
    if (!ownRules.isEmpty()) {
      RuleContext ruleContext = new RuleContext(context);
      for (WorkflowRule rule : ownRules) {
        check(rule, ruleContext, out);
      }
    }
    return new ValidationReport(ViolationOrder.sort(out));
  }

  /** Runs an organisation's rule; a rule that fails or reports null says which rule it is. */
  private static void check(WorkflowRule rule, RuleContext context, List<Violation> out) {
    List<Violation> found = new ArrayList<>();
    try {
      rule.check(context, found);
    } catch (RuntimeException e) {
      throw new IllegalStateException("rule " + rule.getClass().getName() + " failed on workflow '"
          + context.workflow().tag() + "': " + e, e);
    }
    if (found.contains(null)) {
      throw new IllegalStateException("rule " + rule.getClass().getName() + " reported null on workflow '"
          + context.workflow().tag() + "'");
    }
    out.addAll(found);
  }

  /**
   * Validates a workflow that came with violations already found elsewhere (typically by the YAML reader, which
   * reports missing fields and unknown types while reading) and reports both together, without saying the same
   * thing twice: a violation of this validator is left out when one with the same code and pointer is already
   * known. The NO_ROOT warning of a workflow without blocks is left out too when a violation already found points
   * into {@code /actions}: the workflow had items there that could not be read as blocks. The result is sorted like
   * {@link #validate(Workflow)}.
   *
   * <pre class="compilable">{@code
   * ReadResult read = WorkflowReader.read(path);
   * ValidationReport all = WorkflowValidator.standard().validate(read.workflow(), read.violations());
   * }</pre>
   *
   * @param alreadyFound violations found before validation; all of them are kept
   */
  public ValidationReport validate(Workflow workflow, List<Violation> alreadyFound) {
    Objects.requireNonNull(alreadyFound, "alreadyFound");
    java.util.Set<String> known = new java.util.HashSet<>();
    List<Violation> out = new ArrayList<>(alreadyFound);
    for (Violation v : alreadyFound) {
      known.add(v.code().name() + " " + v.pointer());
    }
    boolean unreadableActions = alreadyFound.stream()
        .anyMatch(v -> v.pointer().equals("/actions") || v.pointer().startsWith("/actions/"));
    for (Violation v : validate(workflow).violations()) {
      // "no blocks" is not true of a workflow whose actions were there but could not be read as blocks
      boolean noBlocks = v.code() == ViolationCode.NO_ROOT && !v.isError() && workflow.actions().isEmpty();
      if (!known.contains(v.code().name() + " " + v.pointer()) && !(noBlocks && unreadableActions)) {
        out.add(v);
      }
    }
    return new ValidationReport(ViolationOrder.sort(out));
  }

  /**
   * Validates workflows meant for one workspace (the workflows of an application, the files of a repository):
   * each as {@link #validate(Workflow)}, and the set as a whole. A tag used by an earlier workflow of the list is a
   * DUPLICATE_TAG ERROR on the later one, since the tag is a workflow's identity in Cortex and a push would keep
   * only one of them.
   *
   * <pre class="compilable">{@code
   * List<ValidationReport> reports = WorkflowValidator.standard().validateAll(List.of(deploy, rollback));
   * // ERROR DUPLICATE_TAG at /tag: tag 'deploy' is also the tag of workflows[0] ('Deploy service'): give every
   * //   workflow its own tag, a push keeps only one of them
   * }</pre>
   *
   * @return one report per workflow, in the order of {@code workflows}
   */
  public List<ValidationReport> validateAll(List<Workflow> workflows) {
    Objects.requireNonNull(workflows, "workflows");
    java.util.Map<String, Integer> firstWithTag = new java.util.HashMap<>();
    List<ValidationReport> reports = new ArrayList<>(workflows.size());
    for (int i = 0; i < workflows.size(); i++) {
      Workflow workflow = Objects.requireNonNull(workflows.get(i), "workflows[" + i + "]");
      Integer earlier = workflow.tag().isEmpty() ? null : firstWithTag.putIfAbsent(workflow.tag(), i);
      List<Violation> found = earlier == null ? List.of() : List.of(duplicateTag(workflow.tag(),
          "workflows[" + earlier + "] ('" + workflows.get(earlier).name() + "')"));
      reports.add(validate(workflow, found));
    }
    return List.copyOf(reports);
  }

  /**
   * The DUPLICATE_TAG ERROR at {@code /tag} of a workflow whose tag {@code earlier} already has, for tools that
   * check sets of workflows under their own names (the command line names files).
   *
   * @param earlier how to name the workflow that has the tag first, e.g. {@code 'deploy.yaml'}
   */
  public static Violation duplicateTag(String tag, String earlier) {
    return Violation.error(ViolationCode.DUPLICATE_TAG, "/tag", "tag '" + tag + "' is also the tag of " + earlier
        + ": give every workflow its own tag, a push keeps only one of them");
  }

  /**
   * The DESCRIPTOR_TOO_LARGE ERROR (at the document, pointer {@code ""}) of a workflow whose JSON descriptor has
   * {@code bytes} bytes, more than {@link #MAX_DESCRIPTOR_BYTES}. The model does not know its size as text, so the
   * codec measures it ({@code WorkflowJson.sizeViolation}).
   *
   * <pre>{@code
   * // ERROR DESCRIPTOR_TOO_LARGE at /: the JSON descriptor is 2,306,867 bytes, more than the 2,097,152 bytes
   * //   (2 MB) Cortex accepts in one request: split the workflow into smaller ones
   * }</pre>
   */
  public static Violation descriptorTooLarge(long bytes) {
    return Violation.error(ViolationCode.DESCRIPTOR_TOO_LARGE, "", String.format(java.util.Locale.ROOT,
        "the JSON descriptor is %,d bytes, more than the %,d bytes (2 MB) Cortex accepts in one request: split"
            + " the workflow into smaller ones", bytes, MAX_DESCRIPTOR_BYTES));
  }

  /**
   * Validates the workflow and throws when it has errors.
   *
   * @return the workflow, unchanged, when it has no ERROR (it may have warnings)
   * @throws WorkflowValidationException listing every violation when any is an ERROR
   */
  public Workflow requireValid(Workflow workflow) {
    ValidationReport report = validate(workflow);
    if (report.hasErrors()) {
      throw new WorkflowValidationException(workflow.tag(), report.violations());
    }
    return workflow;
  }
}

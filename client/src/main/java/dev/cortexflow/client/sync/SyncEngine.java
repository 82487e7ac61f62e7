package dev.cortexflow.client.sync;

import dev.cortexflow.client.CortexClient;
import dev.cortexflow.model.Workflow;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Syncs local workflows to a Cortex workspace: {@link #plan} what would change, then {@link #apply} the plan.
 *
 * <pre>{@code
 * SyncEngine sync = SyncEngine.using(client);
 * SyncPlan plan = sync.plan(workflows, SyncScope.tagPrefix("payments-"));   // one list request, no writes
 * System.out.print(plan.toText());                                          // the dry run
 * SyncReport report = sync.apply(plan, ApplyOptions.defaults()
 *     .withPrunePolicy(PrunePolicy.DRAFT)
 *     .withListener((done, total, r) -> System.err.println(ProgressListener.line(done, total, r))));
 * }</pre>
 *
 * <p>Comparison is semantic: both sides are read into the model, so key order, spec defaults and absent-vs-null do
 * not count as changes, and neither does the order of blocks, edges, approving teams, run restrictions or
 * variables. An unchanged workspace costs one list request and no writes.
 *
 * <p>Instances are thread-safe; a plan may be applied once or not at all.
 */
public final class SyncEngine {

  private final Planner planner;
  private final Prevalidator prevalidator;
  private final Applier applier;

  SyncEngine(CortexClient client, WorkflowCodec codec) {
    Objects.requireNonNull(client, "client");
    this.planner = new Planner(client, codec);
    this.prevalidator = new Prevalidator(client, codec);
    this.applier = new Applier(client, codec);
  }

  /** An engine that talks to the workspace through {@code client}. */
  public static SyncEngine using(CortexClient client) {
    return new SyncEngine(client, DslCodec.INSTANCE);
  }

  /**
   * Plans pushing {@code local} without pruning: every local workflow is classified CREATE, UPDATE or UNCHANGED;
   * live workflows that are not local are left out.
   *
   * @throws IllegalArgumentException when two local workflows share a tag
   * @throws dev.cortexflow.client.CortexApiException when the list request fails
   */
  public SyncPlan plan(Collection<Workflow> local) {
    return planner.plan(List.copyOf(local), Map.of(), Optional.empty());
  }

  /**
   * {@link #plan(Collection)}, with the files the workflows were read from, by tag: the diff of an update then
   * points at its file ({@code +++} the file's path, the file's line numbers) and shows the live side in the file's
   * format, key order and comments (see {@link PlannedChange#liveAsLocal()}). A workflow without a file is compared
   * as before, with its canonical YAML.
   *
   * @throws IllegalArgumentException when two local workflows share a tag
   * @throws dev.cortexflow.client.CortexApiException when the list request fails
   */
  public SyncPlan plan(Collection<Workflow> local, Map<String, SourceFile> sources) {
    return planner.plan(List.copyOf(local), Map.copyOf(sources), Optional.empty());
  }

  /**
   * Plans pushing {@code local} and names as PRUNE_CANDIDATE every live workflow inside {@code scope} that is not
   * local. Live workflows outside the scope are left out of the plan.
   *
   * @throws IllegalArgumentException when two local workflows share a tag
   * @throws dev.cortexflow.client.CortexApiException when the list request fails
   */
  public SyncPlan plan(Collection<Workflow> local, SyncScope scope) {
    return plan(local, Map.of(), scope);
  }

  /**
   * {@link #plan(Collection, SyncScope)}, with the files the workflows were read from, as
   * {@link #plan(Collection, Map)}.
   */
  public SyncPlan plan(Collection<Workflow> local, Map<String, SourceFile> sources, SyncScope scope) {
    return planner.plan(List.copyOf(local), Map.copyOf(sources), Optional.of(Objects.requireNonNull(scope, "scope")));
  }

  /**
   * Validates, then carries out {@code plan}. First every local workflow in the plan is checked with the options'
   * validator ({@link dev.cortexflow.validate.WorkflowValidator#standard()} unless
   * {@link ApplyOptions#withValidator} says otherwise); then, when the options ask, each workflow to be
   * written is checked by the server's validate endpoint and by {@link dev.cortexflow.client.PreflightCheck}. If
   * anything has an ERROR, nothing is written and the report lists the problems. Otherwise creates, updates and
   * prunes run with bounded concurrency; a failure is recorded with its cause and does not stop the others.
   *
   * @return what happened, one result per planned change
   */
  public SyncReport apply(SyncPlan plan, ApplyOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    List<SyncProblem> problems = prevalidator.problems(plan, options);
    if (!problems.isEmpty()) {
      return new SyncReport(List.of(), problems);
    }
    return new SyncReport(applier.apply(plan, options), List.of());
  }
}
